"""Errors opening and reading a lecture file; the window explains each in its language
(ui/error_text.py), the command line prints its English sentence."""

from __future__ import annotations

from assistant.core.errors import InputError

_LECTURE_TYPES = ".txt, .md, .srt, .vtt, .docx, .pptx and .pdf"


class LectureEmpty(InputError):
    kind = "lecture_empty"
    template = "The lecture is empty; paste its text or open a lecture file."


class LectureNoText(InputError):
    kind = "lecture_no_text"
    template = "{source} has no text in it; open the file with the lecture's text."


class LectureIsFolder(InputError):
    kind = "lecture_is_folder"
    template = "{path} is a folder, not a file; choose a lecture file in it."


class LectureNoExtension(InputError):
    kind = "lecture_no_extension"
    template = (
        "{name} has no file extension, so its type is unknown; rename it to .txt, .md, .srt, "
        ".vtt, .docx, .pptx or .pdf, or paste the text."
    )


class LectureOldOfficeFile(InputError):
    """A .doc, .wps or .rtf file: Word or WPS can save it as .docx."""

    kind = "lecture_old_office_file"
    template = (
        "{name} cannot be opened: {suffix} is not supported; save it as .docx or PDF or paste "
        "the text (" + _LECTURE_TYPES + " files open)."
    )


class LectureTypeUnsupported(InputError):
    kind = "lecture_type_unsupported"
    template = (
        "{name} cannot be opened: {suffix} is not supported; save it as PDF or paste the text "
        "(" + _LECTURE_TYPES + " files open)."
    )


class LectureTooLarge(InputError):
    kind = "lecture_too_large"
    template = (
        "{name} is {size_mb} MB; lecture files over {limit_mb} MB are not supported. Split it "
        "first."
    )


class LectureFileEmpty(InputError):
    kind = "lecture_file_empty"
    template = "{name} is empty; choose the file with the lecture in it."


class LectureFileMissing(InputError):
    kind = "lecture_file_missing"
    template = "{path} does not exist; check the name and folder."


class LectureNoPermission(InputError):
    kind = "lecture_no_permission"
    template = "{path} cannot be read: permission denied."


class LectureIsPdf(InputError):
    kind = "lecture_is_pdf"
    template = "{name} is a PDF file; rename it to .pdf and open it again."


class LectureIsZip(InputError):
    kind = "lecture_is_zip"
    template = (
        "{name} is a zip or Office file, not text; if it is a Word document, rename it to "
        ".docx and open it again."
    )


class PdfPasswordProtected(InputError):
    kind = "pdf_password_protected"
    template = (
        "{name} is protected by a password; save a copy without the password (or print it to a "
        "new PDF), or paste the text."
    )


class PdfEncrypted(InputError):
    kind = "pdf_encrypted"
    template = (
        "{name} is encrypted in a way this app cannot open; save a copy without protection, or "
        "paste the text."
    )


class PdfDamaged(InputError):
    kind = "pdf_damaged"
    template = (
        "{name} is damaged or not a PDF; open it in a PDF viewer and save it again, or paste "
        "the text."
    )


class PdfNoTextLayer(InputError):
    kind = "pdf_no_text_layer"
    template = "{name} has no text layer (a scanned PDF?). Run OCR on it first or paste the text."


class DocxProtected(InputError):
    kind = "docx_protected"
    template = (
        "{name} is password-protected or an old Word 97-2003 file; save it in Word as .docx "
        "without a password, or paste the text."
    )


class DocxTooLarge(InputError):
    kind = "docx_too_large"
    template = "{name} is too large to read; split the document first."


class DocxDamaged(InputError):
    kind = "docx_damaged"
    template = (
        "{name} is damaged or not a Word .docx document; open it in Word, save it again as "
        ".docx, or paste the text."
    )


class PptxDamaged(InputError):
    kind = "pptx_damaged"
    template = (
        "{name} is damaged or not a PowerPoint .pptx file; open it in PowerPoint, save it again "
        "as .pptx, or paste the text."
    )
