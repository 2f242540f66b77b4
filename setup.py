"""What pyproject.toml cannot say: top-level folders that ship inside the package.

resources/ (framework, exercise and cue data) becomes assistant/resources, and the model catalog
models/catalog.json becomes assistant/catalog/catalog.json (only that file: model weights in
models/ never enter a wheel); both are read with importlib.resources.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = [
    "assistant.resources",
    *(f"assistant.resources.{name}" for name in find_namespace_packages(where="resources")),
]

setup(
    packages=[*find_packages(include=["assistant*"]), *RESOURCES, "assistant.catalog"],
    package_dir={"assistant.resources": "resources", "assistant.catalog": "models"},
)
