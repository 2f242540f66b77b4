"""What the GUI says about an error, in the user's language: the one place core errors get text.

Core errors carry a kind and parameters (assistant/core/errors.py). A kind has its own sentence
here, which names the Settings item or menu to use, never a command-line flag. A category
(ModelError, InputError...) raised with a finished English sentence gets a translated lead
before that sentence, so the user at least reads what went wrong in their language. Anything
else is a bug: one sentence, and the log keeps the traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from assistant.core.errors import StudyAssistantError

# Each entry is a function so that the text is translated when shown (the language can change
# while the app runs). The literal strings stay in the translate() calls for lupdate to find.
KIND_TEXTS: dict[str, Callable[[], str]] = {
    "model_file_missing": lambda: QCoreApplication.translate(
        "ErrorText",
        "The model file {path} does not exist. Open another model with File > Open model….",
    ),
    "chosen_model_missing": lambda: QCoreApplication.translate(
        "ErrorText",
        "The model chosen in the settings, {path}, is missing. Open another model with "
        "File > Open model…, or download one with File > Models….",
    ),
    "model_name_not_found": lambda: QCoreApplication.translate(
        "ErrorText",
        "No model named {name} in {where}. Open a .gguf file with File > Open model….",
    ),
    "model_name_ambiguous": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} matches several models ({names}). Choose one with File > Open model….",
    ),
    "model_stopped": lambda: QCoreApplication.translate("ErrorText", "The model stopped: {reason}"),
    "model_load_timeout": lambda: QCoreApplication.translate(
        "ErrorText",
        "Loading {file} took longer than {seconds} s. The file may be on a slow or failing "
        "drive, or too big for this computer's memory: copy it to the laptop's own disk or "
        "choose a smaller model.",
    ),
    "model_load_failed": lambda: QCoreApplication.translate(
        "ErrorText",
        "The model could not be loaded: {reason}. Check that {file} is a complete GGUF model file.",
    ),
    "no_model_loaded": lambda: QCoreApplication.translate(
        "ErrorText", "No model is loaded. Open a model first (File > Open model…)."
    ),
    "prompt_too_long": lambda: QCoreApplication.translate(
        "ErrorText",
        "The prompt is {prompt_tokens} tokens and the context window holds {n_ctx}, which "
        "leaves {room} for the answer; it needs {answer_tokens}. Shorten the prompt by {over} "
        "tokens, ask for a shorter answer, or choose a larger Context size in File > Settings….",
    ),
    "note_not_found": lambda: QCoreApplication.translate(
        "ErrorText", "Note {note_id} no longer exists; it may have been deleted."
    ),
    "model_path_is_folder": lambda: QCoreApplication.translate(
        "ErrorText", "{path} is a folder, not a model file. Choose a .gguf file."
    ),
    "model_file_unreadable": lambda: QCoreApplication.translate(
        "ErrorText",
        "Cannot read {path}: {reason}. Check the file's permissions, or copy it to this computer.",
    ),
    "model_file_empty": lambda: QCoreApplication.translate(
        "ErrorText", "{path} is empty, not a GGUF model file. Copy or download it again."
    ),
    "model_file_lfs_pointer": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} is not a GGUF model file: it is a Git LFS pointer, not the model itself. "
        "Download the real file.",
    ),
    "model_file_web_page": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} is not a GGUF model file: it looks like a web page. Use the file's download link.",
    ),
    "not_gguf_file": lambda: QCoreApplication.translate(
        "ErrorText", "{path} is not a GGUF model file. Choose a .gguf model file."
    ),
    "model_name_taken": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} already exists in {folder}. Choose another name, or use the one already there.",
    ),
    "bad_model_name": lambda: QCoreApplication.translate(
        "ErrorText", "{name} cannot be a file name. Use letters, digits, - and _."
    ),
    "split_suffix_in_name": lambda: QCoreApplication.translate(
        "ErrorText", "A new name must not end in -0000N-of-0000M: the app adds that itself."
    ),
    "not_enough_space": lambda: QCoreApplication.translate(
        "ErrorText",
        "{folder} has {free_gb} GB free but {file} needs {needed_gb} GB. Free some space or "
        "use the model where it is.",
    ),
    "disk_full": lambda: QCoreApplication.translate(
        "ErrorText", "The disk holding {folder} is full. Free some space and try again."
    ),
    "cannot_copy": lambda: QCoreApplication.translate(
        "ErrorText", "Cannot copy {file} to {folder}: {reason}."
    ),
    "cannot_rename": lambda: QCoreApplication.translate(
        "ErrorText", "Cannot rename {file}: {reason}."
    ),
    "cannot_delete": lambda: QCoreApplication.translate(
        "ErrorText", "Cannot delete {file}: {reason}."
    ),
    "cannot_create_data_folder": lambda: QCoreApplication.translate(
        "ErrorText", "Cannot create the data folder {folder}: {reason}."
    ),
    "cannot_read_library": lambda: QCoreApplication.translate(
        "ErrorText", "Cannot read the library {path}: {reason}."
    ),
    "damaged_library_stuck": lambda: QCoreApplication.translate(
        "ErrorText",
        "The library {path} is damaged ({problem}) and could not be moved aside: {reason}. "
        "Move it away by hand and start the app again.",
    ),
    "export_disk_full": lambda: QCoreApplication.translate(
        "ErrorText",
        "The disk is full, so {path} could not be written; nothing was left half-written. "
        "Free some space and export again.",
    ),
    "export_not_writable": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} could not be written: the folder is read-only or you lack permission. "
        "Choose a folder you can write to.",
    ),
    "export_failed": lambda: QCoreApplication.translate(
        "ErrorText", "{path} could not be written ({reason})."
    ),
    "import_path_missing": lambda: QCoreApplication.translate(
        "ErrorText", "{path} does not exist."
    ),
    "import_no_markdown": lambda: QCoreApplication.translate(
        "ErrorText", "{path} holds no Markdown (.md) files to import."
    ),
    "import_unsupported": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} cannot be imported: choose a .json export, a .md/.markdown/.txt file or a "
        "folder of .md files.",
    ),
    "file_unreadable": lambda: QCoreApplication.translate(
        "ErrorText", "{path} could not be read ({reason})."
    ),
    "import_bad_json": lambda: QCoreApplication.translate(
        "ErrorText", "{name} is not valid JSON ({reason})."
    ),
    "import_not_our_export": lambda: QCoreApplication.translate(
        "ErrorText", "{name} is not a Study Assistant notes export."
    ),
    "import_no_version": lambda: QCoreApplication.translate(
        "ErrorText", "{name} has no valid format version; it is not a Study Assistant export."
    ),
    "import_newer_version": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} was exported by a newer Study Assistant (format version {version}); update "
        "the app to import it.",
    ),
    "import_no_notes": lambda: QCoreApplication.translate(
        "ErrorText", "{name} has no list of notes."
    ),
    "starter_not_installed": lambda: QCoreApplication.translate(
        "ErrorText",
        "The starter model is not installed (missing {missing}). Reinstall Study Assistant, "
        "or open another model with File > Open model….",
    ),
    "starter_cannot_check": lambda: QCoreApplication.translate(
        "ErrorText", "Cannot check {path}: {reason}. Check the folder."
    ),
    "starter_piece_unreadable": lambda: QCoreApplication.translate(
        "ErrorText",
        "A piece of {file} cannot be read ({piece}). Reinstall Study Assistant, or open another "
        "model with File > Open model….",
    ),
    "starter_size_mismatch": lambda: QCoreApplication.translate(
        "ErrorText",
        "The pieces of {file} add up to {total} bytes, not {size}. Reinstall Study Assistant, "
        "or open another model with File > Open model….",
    ),
    "starter_checksum_mismatch": lambda: QCoreApplication.translate(
        "ErrorText",
        "The assembled {file} does not match its checksum (expected SHA-256 {expected}…, got "
        "{actual}…). Reinstall Study Assistant, or open another model with File > Open model….",
    ),
    "starter_no_space": lambda: QCoreApplication.translate(
        "ErrorText",
        "There is not enough free disk space in {folder} to assemble {file} ({total} bytes). "
        "Free some space and try again.",
    ),
    "starter_cannot_write": lambda: QCoreApplication.translate(
        "ErrorText", "Cannot write {path}: {reason}. Check the folder and try again."
    ),
    "download_checksum": lambda: QCoreApplication.translate(
        "ErrorText",
        "{file} from {host} does not match its checksum (expected SHA-256 {expected}…, got "
        "{actual}…). The damaged download was deleted; try again, or another mirror.",
    ),
    "download_no_space": lambda: QCoreApplication.translate(
        "ErrorText",
        "Not enough free disk space in {folder}: {file} needs {needed_gb} GB more and {free_gb} "
        "GB are free. Free some space and try again.",
    ),
    "download_disk_full": lambda: QCoreApplication.translate(
        "ErrorText",
        "The disk is full: {file} stopped after {done} bytes. They are kept: free some space "
        "and download again to resume.",
    ),
    "download_write_failed": lambda: QCoreApplication.translate(
        "ErrorText", "Cannot write {path}: {reason}."
    ),
    "data_folder_unusable": lambda: QCoreApplication.translate(
        "ErrorText",
        "Cannot use {path} as the data folder ({reason}). Make the folder writable, or set the "
        "STUDY_ASSISTANT_DATA_DIR environment variable to another folder.",
    ),
    "port_unavailable": lambda: QCoreApplication.translate(
        "ErrorText",
        "Port {port} on {host} is in use or not allowed ({reason}). Choose another port.",
    ),
    "context_too_small": lambda: QCoreApplication.translate(
        "ErrorText",
        "The context window ({n_ctx} tokens) is too small to outline with; choose a larger "
        "Context size in File > Settings….",
    ),
    "library_disk_full": lambda: QCoreApplication.translate(
        "ErrorText",
        "The disk is full, so the library could not be saved; nothing was changed. Free some "
        "space and save again.",
    ),
    "library_read_only": lambda: QCoreApplication.translate(
        "ErrorText",
        "The library is on a read-only disk or folder, so nothing could be saved. Fix the data "
        "folder's permissions (File > Settings… shows where it is).",
    ),
    "library_busy": lambda: QCoreApplication.translate(
        "ErrorText",
        "The library is busy in another Study Assistant window or command. Close it and try again.",
    ),
    "library_failed": lambda: QCoreApplication.translate(
        "ErrorText", "The library could not be read or written ({reason})."
    ),
    "library_too_new": lambda: QCoreApplication.translate(
        "ErrorText",
        "The library was written by a newer Study Assistant (schema {current}, this version "
        "knows {known}). Update the app to open it.",
    ),
    "settings_not_saved": lambda: QCoreApplication.translate(
        "ErrorText", "Could not save settings to {path}: {reason}."
    ),
    "chat_not_found": lambda: QCoreApplication.translate(
        "ErrorText", "Chat {chat_id} no longer exists; it may have been deleted."
    ),
    "lecture_empty": lambda: QCoreApplication.translate(
        "ErrorText",
        "The lecture is empty; paste its text or open a lecture file.",
    ),
    "lecture_no_text": lambda: QCoreApplication.translate(
        "ErrorText",
        "{source} has no text in it; open the file with the lecture's text.",
    ),
    "lecture_is_folder": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} is a folder, not a file; choose a lecture file in it.",
    ),
    "lecture_no_extension": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} has no file extension, so its type is unknown; rename it to .txt, .md, .srt, "
        ".vtt, .docx, .pptx or .pdf, or paste the text.",
    ),
    "lecture_old_office_file": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} cannot be opened: {suffix} files are not supported. Save it as .docx or PDF in "
        "Word or WPS, or paste the text (.txt, .md, .srt, .vtt, .docx, .pptx and .pdf files "
        "open).",
    ),
    "lecture_type_unsupported": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} cannot be opened: {suffix} files are not supported. Save it as PDF, or paste "
        "the text (.txt, .md, .srt, .vtt, .docx, .pptx and .pdf files open).",
    ),
    "lecture_too_large": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is {size_mb} MB; lecture files over {limit_mb} MB are not supported. Split it "
        "first.",
    ),
    "lecture_file_empty": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is empty; choose the file with the lecture in it.",
    ),
    "lecture_file_missing": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} does not exist; check the name and folder.",
    ),
    "lecture_no_permission": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} cannot be read: permission denied. Copy the file to your own folder and open "
        "the copy.",
    ),
    "lecture_is_pdf": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is a PDF file; rename it to .pdf and open it again.",
    ),
    "lecture_is_zip": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is a zip or Office file, not text; if it is a Word document, rename it to "
        ".docx and open it again.",
    ),
    "lecture_not_text": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is not a text file: it is not UTF-8, GB18030 or UTF-16 (or Big5) text. Save it "
        "as UTF-8 text and try again.",
    ),
    "pdf_password_protected": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is protected by a password; save a copy without the password (or print it to a "
        "new PDF), or paste the text.",
    ),
    "pdf_encrypted": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is encrypted in a way this app cannot open; save a copy without protection, or "
        "paste the text.",
    ),
    "pdf_damaged": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is damaged or not a PDF; open it in a PDF viewer and save it again, or paste "
        "the text.",
    ),
    "pdf_no_text_layer": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} has no text layer (a scanned PDF?). Run OCR on it first or paste the text.",
    ),
    "docx_protected": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is password-protected or an old Word 97-2003 file; save it in Word as .docx "
        "without a password, or paste the text.",
    ),
    "docx_too_large": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is too large to read; split the document first.",
    ),
    "docx_damaged": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is damaged or not a Word .docx document; open it in Word, save it again as "
        ".docx, or paste the text.",
    ),
    "pptx_damaged": lambda: QCoreApplication.translate(
        "ErrorText",
        "{name} is damaged or not a PowerPoint .pptx file; open it in PowerPoint, save it "
        "again as .pptx, or paste the text.",
    ),
    "split_part_bad_name": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} has an invalid split-part name. Rename it as it was downloaded.",
    ),
    "split_part_missing": lambda: QCoreApplication.translate(
        "ErrorText",
        "Part {part} of the split model {name} is missing. Put all {total} parts in {folder}.",
    ),
    "split_name_lost": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} is part of a model split into {split_count} files, but its name does not end "
        "in -00001-of-000NN.gguf. Restore the parts' original names.",
    ),
    "split_count_mismatch": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} says the model has {split_count} parts, but its name says {named}. Download "
        "the parts again.",
    ),
    "split_part_number": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} says it is part {says}, not {expected}. Download it again.",
    ),
    "lesson_without_course": lambda: QCoreApplication.translate(
        "ErrorText",
        "A lesson belongs to a course: choose the course too.",
    ),
    "prompt_empty": lambda: QCoreApplication.translate(
        "ErrorText",
        "The prompt is empty. Type a prompt first.",
    ),
    "prompt_too_long_to_check": lambda: QCoreApplication.translate(
        "ErrorText",
        "The prompt has {chars} characters; the checker reads at most {limit}. Shorten it.",
    ),
    "question_empty": lambda: QCoreApplication.translate(
        "ErrorText",
        "The question is empty. Type a question to ask your library.",
    ),
    "no_cards_in_note": lambda: QCoreApplication.translate(
        "ErrorText",
        "Note {note_id} ({title}) has no key terms with definitions and no review questions to "
        "make cards from. Make cards from a saved outline, or select a sentence in the note "
        "for a cloze card.",
    ),
    "cloze_selection_empty": lambda: QCoreApplication.translate(
        "ErrorText",
        "Select the words to hide in the note first; the selection is empty.",
    ),
    "pack_not_written": lambda: QCoreApplication.translate(
        "ErrorText",
        "Cannot write {path}: {reason}.",
    ),
    "pdf_not_produced": lambda: QCoreApplication.translate(
        "ErrorText",
        "The PDF for {path} could not be produced; try the HTML export.",
    ),
    "server_address_invalid": lambda: QCoreApplication.translate(
        "ErrorText",
        "{endpoint} is not a server address such as http://10.0.0.5:8765. Correct the class "
        "server address in Settings.",
    ),
    "class_server_unreachable": lambda: QCoreApplication.translate(
        "ErrorText",
        "Could not reach the class server at {url} ({reason}); check the address and that the "
        "server is running.",
    ),
    "class_server_refused_key": lambda: QCoreApplication.translate(
        "ErrorText",
        "The class server at {url} refused the API key (HTTP {status}); ask the instructor for "
        "the key and enter it in Settings.",
    ),
    "class_server_http_error": lambda: QCoreApplication.translate(
        "ErrorText",
        "The class server at {url} answered HTTP {status}: {detail}",
    ),
    "class_server_unreadable": lambda: QCoreApplication.translate(
        "ErrorText",
        "The class server sent an unreadable answer ({reason}).",
    ),
    "llama_server_not_executable": lambda: QCoreApplication.translate(
        "ErrorText",
        "The llama-server set in Settings, {path}, is not an executable file. Fix the path or "
        "clear it to use the built-in server.",
    ),
    "class_server_needs_key": lambda: QCoreApplication.translate(
        "ErrorText",
        "A class server needs an API key.",
    ),
    "kit_has_no_class_server": lambda: QCoreApplication.translate(
        "ErrorText",
        "This copy of Study Assistant has no built-in class server. Put llama.cpp's "
        "llama-server on this computer and set its path in Settings (see the README, "
        "Classroom).",
    ),
    "class_server_cannot_start": lambda: QCoreApplication.translate(
        "ErrorText",
        "Cannot start {program}: {reason}.",
    ),
    "class_server_stopped_starting": lambda: QCoreApplication.translate(
        "ErrorText",
        "The class server stopped while starting: {reason}",
    ),
    "class_server_start_timeout": lambda: QCoreApplication.translate(
        "ErrorText",
        "The class server did not start within {seconds} s.",
    ),
    "class_server_stopped_answering": lambda: QCoreApplication.translate(
        "ErrorText",
        "The class server stopped answering ({reason}).",
    ),
    "class_server_reported_error": lambda: QCoreApplication.translate(
        "ErrorText",
        "The class server reported an error: {detail}",
    ),
    "class_server_silent": lambda: QCoreApplication.translate(
        "ErrorText",
        "The class server sent nothing for {seconds} s; it may be busy with many questions. "
        "Try again in a moment.",
    ),
    "download_failed_everywhere": lambda: QCoreApplication.translate(
        "ErrorText",
        "Could not download {file} from any mirror ({notes}).",
    ),
    "download_failed_part_kept": lambda: QCoreApplication.translate(
        "ErrorText",
        "Could not download {file} from any mirror ({notes}). {kept} bytes are kept; download "
        "it again to resume.",
    ),
    "download_exists_different": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} already exists but is a different file (SHA-256 {actual}…, expected "
        "{expected}…). Rename or delete it, then download again.",
    ),
    "download_not_gguf": lambda: QCoreApplication.translate(
        "ErrorText",
        "What {host} sent for {file} is not a usable GGUF model, so it was deleted ({reason}).",
    ),
    "download_folder_not_created": lambda: QCoreApplication.translate(
        "ErrorText",
        "Cannot create {path}: {reason}.",
    ),
    "download_not_renamed": lambda: QCoreApplication.translate(
        "ErrorText",
        "Cannot rename the download to {path}: {reason}.",
    ),
    "model_file_damaged": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} is damaged ({why}). Copy or download it again.",
    ),
    "model_file_truncated": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} is truncated: it has {size} bytes but its tensors need {needed}. Copy or "
        "download it again.",
    ),
    "gguf_version_too_old": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} uses GGUF version {version}, which this app cannot read. Convert it again with "
        "a current llama.cpp.",
    ),
    "gguf_version_too_new": lambda: QCoreApplication.translate(
        "ErrorText",
        "{path} uses GGUF version {version}, which this app cannot read. Update the app.",
    ),
}

# Categories: a lead in the user's language, then the core's English sentence ({message}).
CATEGORY_TEXTS: dict[str, Callable[[], str]] = {
    "error": lambda: QCoreApplication.translate("ErrorText", "Something went wrong: {message}"),
    "usage": lambda: QCoreApplication.translate("ErrorText", "This cannot be done: {message}"),
    "model": lambda: QCoreApplication.translate("ErrorText", "Model problem: {message}"),
    "input": lambda: QCoreApplication.translate(
        "ErrorText", "This input cannot be used: {message}"
    ),
    "storage": lambda: QCoreApplication.translate(
        "ErrorText", "The library or data folder cannot be read or written: {message}"
    ),
    "download": lambda: QCoreApplication.translate("ErrorText", "The download failed: {message}"),
    "pack": lambda: QCoreApplication.translate(
        "ErrorText", "The prompt pack cannot be imported: {message}"
    ),
}


def unexpected(exc: BaseException) -> str:
    """The one sentence for a bug: which exception, and where the details are."""
    return QCoreApplication.translate(
        "ErrorText", "An unexpected error ({kind}) occurred; the log file has the details."
    ).format(kind=type(exc).__name__)


def describe(error: BaseException) -> str:
    """The sentence the GUI shows for error, in the user's language."""
    if not isinstance(error, StudyAssistantError):
        return unexpected(error)
    if error.template and error.kind in KIND_TEXTS:
        return KIND_TEXTS[error.kind]().format(**_shown(error.params))
    text = CATEGORY_TEXTS.get(error.kind) or CATEGORY_TEXTS["error"]
    return text().format(message=str(error))


def _shown(params: dict[str, Any]) -> dict[str, Any]:
    # Numbers keep their format specs out of translations: "{seconds}" not "{seconds:g}",
    # formatted here the same way for every language.
    return {k: _number(v) if isinstance(v, float) else v for k, v in params.items()}


def _number(value: float) -> str:
    if value.is_integer():
        return str(int(value))
    return f"{value:.1f}" if value >= 1 else f"{value:.2g}"
