"""What pyproject.toml cannot say: the top-level resources/ folder (framework, exercise and cue
data) ships inside the package as assistant/resources, read with importlib.resources."""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = [
    "assistant.resources",
    *(f"assistant.resources.{name}" for name in find_namespace_packages(where="resources")),
]

setup(
    packages=[*find_packages(include=["assistant*"]), *RESOURCES],
    package_dir={"assistant.resources": "resources"},
)
