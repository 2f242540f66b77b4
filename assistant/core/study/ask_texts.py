"""What asking the library says, in the question's language: instructions, not-found answers."""

from __future__ import annotations

from assistant.core.text.language import Language

# Vietnamese typed without tone marks reads as English to detect_language; these common words
# (after folding) give it away, and the answer should still be in Vietnamese.
VIETNAMESE_WORD_TEXT = """khong cua la gi nhu nao bao nhieu trong duoc nguoi mot cho voi thi nay
    lam tai sao nhung cac cai gio dau ai phai can nen hoc bai thu tra loi giam"""
VIETNAMESE_WORDS = frozenset(VIETNAMESE_WORD_TEXT.split())

INSTRUCTIONS: dict[Language, str] = {
    "en": (
        "Answer the question in English in one to three sentences, using only the numbered "
        "passages from the user's notes above. After each sentence write the number of the "
        "passage it comes from, like [1]. If the passages do not answer the question, say that "
        "the notes do not cover it."
    ),
    "zh": (
        "只根据上面编号的笔记段落，用中文回答问题，一到三句话。每句话后面写出它所依据的段落编号，"
        "例如 [1]。如果这些段落没有回答这个问题，就说笔记里没有相关内容。"
    ),
    "vi": (
        "Trả lời câu hỏi bằng tiếng Việt trong một đến ba câu, chỉ dựa vào các đoạn ghi chép có "
        "đánh số ở trên. Sau mỗi câu, ghi số của đoạn mà câu đó dựa vào, ví dụ [1]. Nếu các đoạn "
        "không trả lời được câu hỏi, hãy nói rằng ghi chép không có nội dung này."
    ),
}
HEADINGS: dict[Language, tuple[str, str]] = {
    "en": ("Passages from my notes:", "Question:"),
    "zh": ("我的笔记段落：", "问题："),
    "vi": ("Các đoạn trong ghi chép của tôi:", "Câu hỏi:"),
}
NOT_FOUND: dict[Language, str] = {
    "en": "Your library has nothing on this question, so I will not answer it from general "
    "knowledge. Try other words, or a wider course or lesson.",
    "zh": "你的资料库里没有与这个问题相关的内容，所以我不会凭一般知识回答。"
    "请换个说法，或扩大课程或课次范围。",
    "vi": "Thư viện của bạn không có nội dung nào về câu hỏi này, nên tôi sẽ không trả lời bằng "
    "kiến thức chung. Hãy thử từ khác, hoặc mở rộng khóa học hay bài học.",
}
# A small model sometimes answers with citation numbers only: the passage it points to is then
# shown in its own words, marked as such (better than "[1] [1]", and nothing is made up).
NO_WORDS: dict[Language, str] = {
    "en": "The model gave no answer in words; the passage that fits best says: “{text}” [{n}]",
    "zh": "模型没有用文字回答；最相关的段落写道：“{text}” [{n}]",
    "vi": "Mô hình không trả lời bằng lời; đoạn phù hợp nhất viết: “{text}” [{n}]",
}
GENERAL_MARK: dict[Language, str] = {
    "en": "Not from your library (general knowledge): ",
    "zh": "（不是来自你的资料库，而是一般知识）",
    "vi": "Không lấy từ thư viện của bạn (kiến thức chung): ",
}
