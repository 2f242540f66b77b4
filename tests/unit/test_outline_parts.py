"""The pieces the outline calls are made of: key-term candidates, whole phrases, echo guards,
reading a part's answer and the closing stand-ins."""

from __future__ import annotations

import itertools

from assistant.core.outline import closing, phrases, sections, term_candidates, terms
from assistant.core.outline.phrases import (
    as_question,
    copies_sentence_start,
    echoes_instructions,
    whole_phrase,
)
from assistant.core.outline.segment import Part
from assistant.core.outline.structure import Section

ZH = (
    "提示词就是我们发给大模型的指令。第二部分讲RTF框架。RTF框架包括三项：角色、任务、格式。"
    "写提示词要说明读者。很多人的提示词太模糊，所以回答不好。“会议纪要”要用公文格式。"
)


def test_term_candidates_are_what_the_lecture_repeats_or_marks() -> None:
    found = term_candidates.candidates(ZH, "zh")
    assert {"提示词", "RTF框架", "角色", "任务", "格式", "会议纪要"} <= set(found)
    assert "我们" not in found and "RTF" not in found  # a word held by a longer term goes
    vi = "Khung gồm: vai trò, nhiệm vụ, ngữ cảnh. Trợ lý AI giúp soạn; trợ lý AI cần kiểm tra."
    found = term_candidates.candidates(vi, "vi")
    # "trợ lý" is only ever said in "trợ lý AI": the term is the longer one, acronym kept.
    assert {"vai trò", "nhiệm vụ", "ngữ cảnh", "trợ lý AI"} <= set(found)
    assert "ai" not in found  # "AI" is not inside "hai" or "vai"


def test_vietnamese_terms_are_whole_words_of_up_to_four_syllables() -> None:
    vi = (
        "Hãy đọc quy trình vận hành trước. Quy trình vận hành nằm trong sổ tay vận hành. "
        "Dữ liệu cá nhân không gửi ra ngoài. Bảo vệ dữ liệu cá nhân là trách nhiệm chung. "
        "Câu trả lời của AI chỉ để tham khảo; câu trả lời sai thì báo lại."
    )
    found = term_candidates.candidates(vi, "vi")
    assert {"quy trình vận hành", "dữ liệu cá nhân", "câu trả lời"} <= set(found)
    # Pieces of those words, always said inside them, are no terms.
    assert not {"dữ liệu cá", "câu trả", "liệu cá nhân", "trình vận hành"} & set(found)
    # Nor a run that crosses from one word into the next ("something that sounds").
    en = "It says something that sounds right. Something that sounds right is not true."
    assert "something that sounds" not in term_candidates.candidates(en, "en")


def test_a_term_the_lecture_names_or_defines_comes_first_and_the_field_last() -> None:
    zh = (
        "AI会写字。AI会出题。AI会改作文。AI也会出错。模型一次能看的词元有限，这个上限叫上下文"
        "窗口。材料太长，模型就忘了前面。"
    )
    found = term_candidates.candidates(zh, "zh")
    # Said once, but named: it is what this part of the lecture teaches. What the lecture counts
    # its parts by ("第一个现象") is its structure, no term.
    zh += "第一个现象是忘事。第二个现象是编造。"
    assert "上下文窗口" in found and found.index("上下文窗口") < found.index("AI")
    assert "现象" not in found
    en = (
        "AI drafts. AI checks. AI answers. AI forgets. "
        "Grounding means giving the model the source text. Do grounding every time."
    )
    found = term_candidates.candidates(en, "en")
    assert found.index("grounding") < found.index("AI")


def test_a_term_is_shown_with_the_sentence_that_defines_it() -> None:
    assert terms.context(ZH, "提示词", "zh") == "提示词就是我们发给大模型的指令。"
    assert terms.context("Hai người. Trợ lý AI viết.", "AI", "vi") == "Trợ lý AI viết."
    # Not the title or the greeting the term first appears in: the prose that says what it is.
    en = (
        "Local AI tools at work\n\nGood afternoon, everyone, and welcome to the AI workshop. "
        "An AI tool that runs locally keeps every document on your laptop."
    )
    assert terms.context(en, "AI", "en") == (
        "An AI tool that runs locally keeps every document on your laptop."
    )
    zh = "上下文窗口\n\n模型一次能看的词元有限，这个上限叫上下文窗口。对话太长，上下文窗口就满了。"
    assert terms.context(zh, "上下文窗口", "zh") == "模型一次能看的词元有限，这个上限叫上下文窗口。"
    # "模型是怎么…" asks, it does not define; a title line never defines.
    zh = "# 大模型是怎么写字的\n\n大模型读进去的是词元。"
    assert terms.context(zh, "大模型", "zh") == "大模型读进去的是词元。"


def test_a_caption_term_is_shown_with_its_cue_line_not_minutes_of_talk() -> None:
    cues = [
        "ờ chào các bạn hôm nay mình học về an toàn",
        "các bạn có thể hỏi nó về quy trình vận hành máy",
        "nó sẽ đọc trong sổ tay vận hành của công ty",
        "rồi trả lời cho mình bằng tiếng Việt",
        "mà không cần đi tìm tổ trưởng hay lật sổ nữa",
    ]
    text = " ".join(cues)
    lines = [text.index(cue) for cue in cues]
    assert terms.context(text, "sổ tay vận hành", "vi", lines) == " ".join(cues[2:4])
    # A cue that ends inside its clause runs on into the next ("…là cái" + "máy này…").
    cues = ["ứng dụng trợ lý AI trên", "máy tính bảng à thì trước hết là cái", "máy này để làm gì"]
    cues.append("các bạn có thể hỏi nó về quy trình")
    text = " ".join(cues) + " " + "rồi nó trả lời bằng tiếng Việt mà không cần đi tìm ai " * 4
    lines = [text.index(cue) for cue in cues]
    assert terms.context(text, "trợ lý AI", "vi", lines) == " ".join(cues[:3])
    # An unpunctuated transcript with no cues: up to where speech joins the next clause.
    talk = (
        "and that's what people call hallucination which is basically when the model says "
        "something that sounds completely confident and is just not true and so today we look "
        "at why it happens and what you can do about it before anything leaves your desk"
    )
    assert terms.context(talk, "hallucination", "en") == (
        "and that's what people call hallucination which is basically when the model says "
        "something that sounds completely confident and is just not true"
    )


def test_a_stand_in_definition_is_never_minutes_of_talk() -> None:
    talk = (
        "okay so um can everyone hear me at the back yeah great so today I want to talk about "
        "something that I think catches out almost everybody who starts using these tools at "
        "work in the office or at home or anywhere really and it comes up in every class I teach "
        "and every meeting I go to and it is the thing people ask me about most often and that's "
        "what people call hallucination which is basically when the model says something that "
        "sounds completely confident and is just not true and so today we look at why it "
        "happens and what you can do. Thanks."
    )
    shown = terms.context(talk, "hallucination", "en")
    found = terms.read_terms({"key_terms": []}, [("hallucination", shown)], "en", talk)
    # The whole sentence reads whole, but it is over 400 characters of talk.
    assert found[0].definition == shown and len(shown) <= terms.CONTEXT_CHARS["en"]
    assert shown.endswith("is just not true")


def test_a_sentence_from_inside_a_quotation_loses_its_stray_quote_mark() -> None:
    text = 'Example: "I work in the HR office of a city council. Draft a letter to staff."'
    assert terms.context(text, "HR", "en") == "Example: I work in the HR office of a city council."


def test_a_part_named_by_the_term_is_what_tells_of_it() -> None:
    # "第二部分，RTF框架。" names the part; what the part says next is the term's sentence.
    zh = (
        "第一部分，提示词。提示词要写清楚。第二部分，RTF框架。R是角色，T是任务，F是格式。"
        "最后，用RTF框架写三条提示词。"
    )
    assert terms.context(zh, "RTF框架", "zh") == "RTF框架：R是角色，T是任务，F是格式。"
    md = "## Grounding\n\nGive the model the source text and ask it to answer from it.\n"
    assert terms.context(md, "Grounding", "en") == (
        "Grounding: Give the model the source text and ask it to answer from it."
    )


def test_a_copied_point_loses_what_is_no_part_of_it() -> None:
    meeting = (
        "Mrs Reed: Agreed. One: the pilot goes ahead; Omar will cost it.\n\n"
        "Mr Khan: And we need laptops. Second, the budget.\n\n"
        "Mrs Reed: Fine."
    )
    tidy = [
        phrases.tidy_point(p, "en", meeting)
        for p in (
            "Mrs Reed: the pilot goes ahead",  # a speaker's label
            "One: the pilot goes ahead; Omar",  # a list's number, the next clause's first word
            "and we need laptops. Second",  # a leading "and", the next sentence's first word
            "Mrs Reed",  # only a speaker
            "Send the costing to Mr. Khan",  # an abbreviation is no sentence end
            "There is no section 4.7",
        )
    ]
    assert tidy == [
        "The pilot goes ahead",
        "The pilot goes ahead",
        "We need laptops.",
        None,
        "Send the costing to Mr. Khan",
        "There is no section 4.7",
    ]
    vi = "Chủ tọa (chị Lan): Bắt đầu.\n\nChủ tọa: Tổng kết lại."
    assert phrases.tidy_point("Chủ tọa (chị Lan)", "vi", vi) is None
    assert phrases.tidy_point("Tổng kết lại là một là thư phải kèm nguồn", "vi", vi) == (
        "Thư phải kèm nguồn"
    )
    assert phrases.tidy_point("一是要核实事实", "zh") == "要核实事实"
    # A linking word left from the clause before: the point says its own clause.
    assert phrases.tidy_point("而是因为在它学过的大量文字里，这样的说法经常出现", "zh") == (
        "因为在它学过的大量文字里，这样的说法经常出现"
    )
    assert phrases.tidy_point("但是，转出来的稿子错字多", "zh") == "转出来的稿子错字多"
    assert phrases.tidy_point("所以说模型会忘事", "zh") == "所以说模型会忘事"  # 说 is no clause
    # A linking verb without its subject cannot be mended by cutting its end: the point goes.
    talk = "it sounds completely confident and is just not true"
    assert phrases.whole_point("is just not true", 80, "en", talk) is None
    # What tidying leaves is judged whole again: this one ends on a dangling "with".
    scrap = "We send nothing to a company we have no agreement with. Second"
    assert (
        phrases.tidy_point(scrap, "en") == "We send nothing to a company we have no agreement with."
    )
    # Ended by its full stop, it is the lecture's own sentence, whole though it ends on "with".
    assert phrases.whole_point(scrap, 80, "en", scrap + ", the laptops.") == (
        "We send nothing to a company we have no agreement with."
    )
    # One word says nothing on its own: "Monday" under "Homework", "投资" under "项目".
    assert phrases.whole_point("Monday", 80, "en", "Send it by Monday.") is None
    assert phrases.whole_point("投资", 26, "zh", "项目要投资。") is None
    assert phrases.whole_point("注意安全", 26, "zh", "大家注意安全。") == "注意安全"


def test_people_and_speaker_labels_are_no_terms() -> None:
    meeting = (
        "Mrs Reed: The local assistant stays. Mr Khan asked about the local assistant.\n\n"
        "Mr Khan: Mrs Reed, the local assistant needs laptops. Thanks, Mrs Reed.\n\n"
        "Mrs Reed: Agreed. Mr Khan will cost the laptops."
    )
    found = term_candidates.candidates(meeting, "en")
    assert "local assistant" in found
    assert not {"Mrs Reed", "Mr Khan", "reed", "khan"} & {t for t in found}
    vi = (
        "Chủ tọa: Thư trả lời phải kèm nguồn.\n\nChị Hà: Thư trả lời ghi sai số hiệu.\n\n"
        "Chủ tọa: Vậy thư trả lời phải kiểm tra số hiệu."
    )
    found = {t.casefold() for t in term_candidates.candidates(vi, "vi")}
    assert "số hiệu" in found and "chủ tọa" not in found


def test_a_stand_in_heading_from_a_key_term_starts_with_a_capital() -> None:
    part = Part("The demo gave wrong answers. Wrong answers about fees cost money.", 0)
    assert sections.fallback_heading(part, "en", ["answers"]) == "Answers"
    assert sections.fallback_heading(Part("提示词要写清楚。", 0), "zh", ["提示词"]) == "提示词"


def test_an_amount_of_time_or_things_is_no_term() -> None:
    vi = (
        "khởi động năm phút hình thành kiến thức mười lăm phút luyện tập mười lăm phút\n"
        "giáo án chia thành các hoạt động, mỗi hoạt động của giáo án có mục tiêu"
    )
    found = {t.casefold() for t in term_candidates.candidates(vi, "vi")}
    assert "giáo án" in found and not {"mười lăm phút", "năm phút"} & found
    zh = "会议录音有两个小时。两个小时的录音要分段处理，分段处理以后再整理。"
    found = set(term_candidates.candidates(zh, "zh"))
    assert "分段处理" in found and "两个小时" not in found


def test_ungrounded_definitions_give_way_to_the_lecture_sentence() -> None:
    items = [("提示词", "提示词就是我们发给大模型的指令。"), ("角色", "角色、任务、格式")]
    data = {
        "key_terms": [
            {"term": "提示词", "definition": "发给大模型的指令"},
            {"term": "角色", "definition": "一个人或事物的名称"},  # invented
        ]
    }
    found = terms.read_terms(data, items, "zh", ZH)
    assert [(t.term, t.definition) for t in found] == [
        ("提示词", "发给大模型的指令"),
        ("角色", "角色、任务、格式"),
    ]


def test_a_definition_copied_from_another_clause_is_no_definition() -> None:
    lecture = "这次想和大家聊一个很技术的问题：大模型是怎么生成文字的。大模型一次写一个词元。"
    items = [("大模型", "这次想和大家聊一个很技术的问题：大模型是怎么生成文字的。")]
    # The model copied the sentence's other clause: it says nothing of the term.
    data = {"key_terms": [{"term": "大模型", "definition": "这次想和大家聊一个很技术的问题"}]}
    found = terms.read_terms(data, items, "zh", lecture)
    assert found[0].definition != "这次想和大家聊一个很技术的问题"
    assert "大模型" in found[0].definition


def test_a_definition_from_what_the_lecture_says_elsewhere_is_kept() -> None:
    lecture = "提示词就是我们发给大模型的指令。写提示词时要说清角色，角色决定模型用什么口吻回答。"
    items = [("提示词", "提示词就是我们发给大模型的指令。"), ("角色", "写提示词时要说清角色")]
    data = {
        "key_terms": [
            {"term": "角色", "definition": "决定模型用什么口吻回答"},  # said in the next clause
            {"term": "提示词", "definition": "一个人或事物的名称"},  # invented
        ]
    }
    found = terms.read_terms(data, items, "zh", lecture)
    assert [(t.term, t.definition) for t in found][:2] == [
        ("角色", "决定模型用什么口吻回答"),
        ("提示词", "提示词就是我们发给大模型的指令"),
    ]


def test_a_stand_in_definition_is_a_whole_clause_of_the_lecture() -> None:
    # The term's sentence ends on a dangling 的 (however the lecture ends it): its clause
    # with the term, or another sentence saying the term, stands in instead.
    lecture = "我们基本上都是互联网年代过来的。互联网改变了信息流通的方式。"
    items = [("互联网", "我们基本上都是互联网年代过来的。")]
    invented = {"key_terms": [{"term": "互联网", "definition": "一个人或事物的名称"}]}
    found = terms.read_terms(invented, items, "zh", lecture)
    assert found[0].definition == "互联网改变了信息流通的方式"


def test_whole_phrases_never_end_cut() -> None:
    assert whole_phrase("第一步：为什么要用本地大模型…", 40) == "第一步：为什么要用本地大模型"
    # Stopped by the grammar's limit: back to the last clause, or nothing.
    assert whole_phrase("数据不出本机，涉密信息一律不得输入任何", 19) == "数据不出本机"
    assert whole_phrase("涉密信息一律不得输入任何在线", 14) is None
    assert whole_phrase("short and whole", 40) == "short and whole"
    # A question kept from a longer item keeps its mark: without it, it would end on "的".
    lecture = "大模型到底是怎么生成文字的。弄明白这一点，很多疑惑就解开了。"
    assert whole_phrase("大模型是如何生成文字的？弄明白它", 16, "zh", lecture) == (
        "大模型是如何生成文字的？"
    )


def test_an_item_that_dangles_without_commas_is_cut_back_before_its_joining_word() -> None:
    # The model's heading for a caption part: no comma to cut back to, so it was dropped and
    # the part got its key word "AI" as a stand-in heading.
    vi = "cái AI nó có thể trả lời sai\nnó không nhìn thấy cái máy trước mặt mình"
    heading = "AI có thể trả lời sai nhưng không nhìn thấy máy trước mà"
    assert whole_phrase(heading, 56, "vi", vi) == (
        "AI có thể trả lời sai nhưng không nhìn thấy máy trước"
    )
    en = "give the model the source text and ask it to answer only from that text"
    assert whole_phrase("Give the model the source text and", 56, "en", en) == (
        "Give the model the source text"
    )
    # Not before a word that starts what the clause says ("is basically when…"), and never so
    # early that a fragment is left.
    assert whole_phrase("Hallucination is basically when the", 56, "en", en) is None
    assert whole_phrase("AI and the model that writes the", 56, "en", en) is None
    # A copy of the lecture stopped mid-sentence goes back to a mark, not to its "and": the
    # clause before may say something else.
    costar = "A reminder about an unpaid invoice and a thank-you note can share a style and a "
    item = "The tone of a polite invoice and a thank-you note can share a style"
    assert whole_phrase(item, 80, "en", costar + "layout but need different tones.") is None
    # Where the lecture goes on with a clause of its own ("and still need…"), the copy is one.
    still = costar.replace("and a ", "and still need different tones.")
    assert whole_phrase(item, 80, "en", still) == item
    # "con" (a child) is not "còn" (and yet).
    assert whole_phrase("Vai trò của cha mẹ và con của", 80, "vi", vi) == "Vai trò của cha mẹ"


def test_an_item_that_repeats_the_instructions_is_caught() -> None:
    told = "把下面的讲课内容整理成结构化的笔记大纲，用 JSON 输出。全部用中文。"
    lecture = "今天讲保密规定和会议纪要。"
    assert echoes_instructions("以上内容整理成结构化的笔记大纲，用 JSON 输出", told, lecture)
    assert not echoes_instructions("会议纪要的保密规定", told, lecture)
    assert copies_sentence_start("最后我们来试一试", "最后，我们来试一试。输入问题。", 6)
    assert as_question("什么是提示词", True) == "什么是提示词？"


def test_a_parts_answer_is_read_whole_grounded_and_not_repeating_its_heading() -> None:
    part = Part("第二步，下载模型。到模型库下载一个GGUF文件。核对校验值。", 0, "下载模型", "第二步")
    data = {"points": ["下载模型", "到模型库下载GGUF文件", "核对校验值", "天气晴朗适合出游"]}
    points = sections.read_points(data, "zh", part, "第二步：下载模型")
    assert points == ["到模型库下载GGUF文件", "核对校验值"]
    asked = {"points": ["到哪里下载模型？", "核对校验值"]}
    assert sections.read_points(asked, "zh", part, "第二步：下载模型") == ["核对校验值"]
    # Thanks, or the heading again under a label, note nothing.
    vi = Part("Phần ba là AI và bảo mật. Không gửi bản vẽ của khách. Cảm ơn các bạn.", 0)
    said = {"points": ["Bài giảng: AI và Bảo mật", "Không gửi bản vẽ của khách", "Cảm ơn các bạn"]}
    assert sections.read_points(said, "vi", vi, "AI và Bảo mật") == ["Không gửi bản vẽ của khách"]
    copied = {"heading": "第二步，下载模型。到模型库", "points": []}
    assert sections.read_heading(copied, "zh", Part(part.text, 0)) is None


def test_closing_stand_ins_are_never_empty_or_cut() -> None:
    tops = [Section("下载模型", ("核对校验值",)), Section("加载模型", ("选中文件",))]
    reading = "先下载模型，核对校验值。再加载模型，选中文件。"
    title, summary, questions = closing.read_closing(None, "zh", tops, reading, ["GGUF"])
    assert title == "" and summary == "下载模型；加载模型。"
    # A part's points, then a key term's meaning: two kinds of question.
    assert questions == ["“下载模型”讲了哪些要点？", "什么是“GGUF”？"]
    assert closing.read_closing(None, "zh", tops, reading)[2] == [
        "“下载模型”讲了哪些要点？",
        "“加载模型”讲了哪些要点？",
    ]
    cut = {"title": "本地模型", "summary": "先下载模型。再加载模型，然后", "review_questions": []}
    _title, summary, questions = closing.read_closing(cut, "zh", tops[:1], reading, ["GGUF"])
    assert summary == "先下载模型。"
    assert questions == ["“下载模型”讲了哪些要点？", "什么是“GGUF”？"]
    talk = "From September staff may use AI tools across the school for planning. Agreed."
    copied = {"title": "AI tools across the school", "summary": "", "review_questions": []}
    assert closing.read_closing(copied, "en", tops, talk)[0] == ""  # the lecture's title instead
    # A title about something the lecture never says is invented: the lecture's own instead.
    invented = {"title": "Python编程基础", "summary": "", "review_questions": []}
    talk = reading * 10  # long enough to name its topic
    assert closing.read_closing(invented, "zh", tops, talk)[0] == ""
    said = {"title": "下载和加载模型", "summary": "", "review_questions": []}
    assert closing.read_closing(said, "zh", tops, talk)[0] == "下载和加载模型"


def test_a_summary_has_no_label_and_no_ceremony_copied_from_the_opening() -> None:
    tops = [Section("双碳目标", ("化工行业压力大",))]
    reading = (
        "各位专家大家好，非常荣幸有这样的一个机会。我是联合会的庞广联。"
        "双碳目标下化工行业压力很大。加速可持续发展，技术协作是关键。"
    )
    data = {
        "title": "可持续发展",
        "summary": "四四五句话的总结：我是联合会的庞广联，大家好，非常荣幸有这样的一个机会。"
        "双碳目标下化工行业压力很大。技术协作是关键。",
        "review_questions": [],
    }
    summary = closing.read_closing(data, "zh", tops, reading, long=True)[1]
    assert summary == "双碳目标下化工行业压力很大。技术协作是关键。"
    talk = "Hello everyone. The council will pilot the assistant. Thank you all for coming."
    data = {
        "title": "",
        "summary": "Summary: Hello everyone. The council will pilot the assistant.",
        "review_questions": [],
    }
    summary = closing.read_closing(data, "en", tops, talk)[1]
    assert summary == "The council will pilot the assistant."
    # Nothing but ceremony: the headings stand in.
    data = {"title": "", "summary": "Thank you all for coming.", "review_questions": []}
    assert closing.read_closing(data, "en", tops, talk)[1] == "双碳目标."
    # A speaker's turn copied with its label is the talk, not its summary.
    meeting = (
        "Chủ tọa: Thí điểm đã một tháng.\n\nChị Hà (Phó Chánh Văn phòng): Lỗi nằm ở số hiệu.\n\n"
        "Chị Hà (Phó Chánh Văn phòng): Em đề nghị kèm nguồn."
    )
    turns = {
        "title": "",
        "summary": "Thí điểm đã một tháng. Chị Hà (Phó Chánh Văn phòng): Lỗi nằm ở số hiệu.",
        "review_questions": [],
    }
    assert closing.read_closing(turns, "vi", tops, meeting)[1] == "Thí điểm đã một tháng."


def test_a_long_lectures_summary_may_use_words_it_says_outside_what_the_call_read() -> None:
    tops = [Section("美国的荒野", ("荒野与基督教",))]
    lecture = "美国文学与文化讲座。托克维尔论美国民主。" + "荒野对美国文明的影响很深。" * 5
    reading = "荒野对美国文明的影响很深。"  # the central sentences the call read
    data = {
        "title": "美国文学",
        "summary": "为什么美国如此特殊？这堂讲座介绍美国文学与文化，从托克维尔论美国民主讲到荒野。",
        "review_questions": ["荒野对美国文明有什么影响？", "托克维尔论述了什么？"],
    }
    _title, summary, questions = closing.read_closing(data, "zh", tops, reading, lecture=lecture)
    # The question is the talk's, copied; the rest is said in the lecture, if not in the reading.
    assert summary == "这堂讲座介绍美国文学与文化，从托克维尔论美国民主讲到荒野。"
    assert questions == ["荒野对美国文明有什么影响？", "托克维尔论述了什么？"]
    invented = {"title": "", "summary": "本课讲了红烧肉的做法和火候。", "review_questions": []}
    assert closing.read_closing(invented, "zh", tops, reading, lecture=lecture)[1] == "美国的荒野。"


def test_calls_are_batched_by_context_and_sequence_limit() -> None:
    # Calls with different instructions share a batch: the engine reads each prefix once.
    from assistant.core.engine.requests import Sampling
    from assistant.core.outline.calls import MAX_SEQUENCES, Call, _batches

    def call(tokens: int) -> Call:
        return Call([], Sampling(max_tokens=100), tokens)

    calls = [call(300) for _ in range(5)] + [call(200), call(300)]
    assert list(_batches(calls, 4096)) == [[0, 1, 2, 3, 4, 5, 6]]
    assert list(_batches(calls, 1000)) == [[0, 1], [2, 3], [4, 5], [6]]  # 400 each, then 300
    assert list(_batches(calls, 0)) == [[i] for i in range(7)]  # no generate_many: one by one
    many = [call(10) for _ in range(MAX_SEQUENCES + 2)]
    assert [len(b) for b in _batches(many, 100_000)] == [MAX_SEQUENCES, 2]


def test_a_point_with_a_date_the_part_never_gave_is_dropped() -> None:
    part = Part("提示词里要说明会议的名称、时间、参会人。下周三交作业。", 0, "写清楚提示词")
    data = {"points": ["时间：2023年10月15日 14:00", "说明会议的名称和参会人"]}
    assert sections.read_points(data, "zh", part, "写清楚提示词") == ["说明会议的名称和参会人"]


def test_the_key_words_listed_back_are_no_heading() -> None:
    part = Part("网络咨询有很多问题。咨询师要注意网络的问题。", 0)
    listed = {"heading": "咨询、问题、网络", "points": []}
    assert sections.read_heading(listed, "zh", part, ["咨询", "问题", "网络"]) is None
    named = {"heading": "网络咨询的问题", "points": []}
    assert sections.read_heading(named, "zh", part, ["咨询", "问题", "网络"]) == "网络咨询的问题"
    # Any list of bare words is no heading either, whether or not they were the key words shown.
    for words in ("规程、气体、问答", "数字化：农村、共享、万块钱"):
        assert sections.read_heading({"heading": words}, "zh", part) is None
    en = Part("Check the source, the numbers and the names before you send anything.", 0)
    assert sections.read_heading({"heading": "Source, numbers, names"}, "en", en) is None
    named_en = {"heading": "Checking sources, numbers and names"}
    assert sections.read_heading(named_en, "en", en) == "Checking sources, numbers and names"


def test_a_heading_that_describes_the_passage_keeps_only_its_topic() -> None:
    vi = Part("AI có thể trả lời sai vì nó không nhìn thấy máy trước mặt mình.", 0)
    described = {"heading": "Đây là một đoạn bài giảng về việc AI trả lời sai"}
    assert sections.read_heading(described, "vi", vi) == "Việc AI trả lời sai"
    en = Part("Only approved tools may be used for council work.", 0)
    assert sections.read_heading({"heading": "This part is about approved tools"}, "en", en) == (
        "Approved tools"
    )
    zh = Part("温度低，回答稳定；温度高，回答更多样。", 0)
    assert (
        sections.read_heading({"heading": "这一段主要讲的是温度的作用"}, "zh", zh) == "温度的作用"
    )
    # A heading that starts with "about" names its topic already.
    assert sections.read_heading({"heading": "Về an toàn lao động"}, "vi", vi) == (
        "Về an toàn lao động"
    )
    # Nothing left but a word: asked again.
    assert sections.read_heading({"heading": "This part is about AI"}, "en", en) is None


def test_a_heading_that_asks_is_the_first_stand_in_question() -> None:
    tops = [
        Section("第一步：为什么要用本地模型？", ("数据不出本机",)),
        Section("第二步：下载模型", ("核对校验值",)),
    ]
    reading = "第一步，为什么要用本地模型？数据不出本机。第二步，下载模型，核对校验值。"
    questions = closing.read_closing(None, "zh", tops, reading, ["GGUF"])[2]
    assert questions == ["为什么要用本地模型？", "“第二步：下载模型”讲了哪些要点？"]


def test_a_title_does_not_name_the_calls_other_fields() -> None:
    tops = [Section("安全交底", ("班组长结合现场修改",))]
    lecture = "用AI助手准备安全交底。班组长要结合现场修改。"
    data = {"title": "安全交底复习题", "summary": "", "review_questions": []}
    assert closing.read_closing(data, "zh", tops, lecture)[0] == "安全交底"
    en = {"title": "Summary of CO-STAR prompts", "summary": "", "review_questions": []}
    talk = "CO-STAR prompts name six parts. Prompts need an audience."
    assert closing.read_closing(en, "en", tops, talk)[0] == "CO-STAR prompts"


def test_only_a_term_the_lecture_says_what_it_is_gets_its_own_question() -> None:
    lecture = "提示词就是发给模型的指令。这个上限叫上下文窗口。AI 很常用，AI 也会出错。"
    assert term_candidates.says_what_it_is("提示词", lecture)
    assert term_candidates.says_what_it_is("上下文窗口", lecture)
    assert not term_candidates.says_what_it_is("AI", lecture)
    assert not term_candidates.says_what_it_is(
        "lesson", "Say how long the lesson is, and the year."
    )
    tops = [Section("提示词", ("发给模型的指令",)), Section("上下文窗口", ("会忘事",))]
    asked = closing.read_closing(
        None, "zh", tops, lecture, ["AI", "上下文窗口"], lecture=lecture, defined=["上下文窗口"]
    )[2]
    assert asked == ["“提示词”讲了哪些要点？", "什么是“上下文窗口”？"]
    # With nothing else to ask, an undefined term still gives a question: never fewer than two.
    lone = closing.read_closing(None, "zh", tops[:1], lecture, ["AI"], lecture=lecture, defined=[])
    assert lone[2] == ["“提示词”讲了哪些要点？", "什么是“AI”？"]


def test_a_review_question_is_one_question_put_to_the_learner() -> None:
    tops = [Section("Local models", ("Data stays on the laptop",))]
    talk = (
        "Is there anything from the SEN side? What do we decide? A local model keeps data on "
        "the laptop. Why does data stay on the laptop? Because the model runs there."
    )
    data = {
        "title": "",
        "summary": "",
        "review_questions": [
            "Question 1: Why does data stay on the laptop?",
            "Is there anything from the SEN side? What do we decide?",
        ],
    }
    questions = closing.read_closing(data, "en", tops, talk)[2]
    assert questions == [
        "Why does data stay on the laptop?",
        "Is there anything from the SEN side?",
    ]
    vi_talk = (
        "Trợ lý AI viết khá trôi chảy. Câu trả lời của nó chỉ để tham khảo, không thay thế văn "
        "bản pháp luật. Trợ lý AI là gì? Là một chương trình trả lời bằng tiếng Việt."
    )
    vi = {
        "title": "",
        "summary": "",
        "review_questions": [
            "nhưng viết khá trôi chảy. Câu trả lời của nó chỉ để tham khảo, không thay thế văn "
            "bản pháp luật, ý?",
            "Tôi muốn biết các bạn có thể hỏi trợ lý AI về chương trình gì?",
            "Câu hỏi 2: Trợ lý AI là gì?",
        ],
    }
    vi_tops = [Section("Trợ lý AI", ("Trả lời bằng tiếng Việt",))]
    assert closing.read_closing(vi, "vi", vi_tops, vi_talk)[2] == [
        "Trợ lý AI là gì?",
        "Phần “Trợ lý AI” nêu những ý chính nào?",
    ]


def test_a_statement_with_a_question_mark_is_no_review_question() -> None:
    tops = [Section("下载模型", ("到模型库下载文件",)), Section("加载模型", ("打开软件加载",))]
    reading = "第一步下载模型，到模型库下载文件。第二步加载模型，打开软件加载。"
    copied = {
        "title": "本地模型",
        "summary": "先下载模型，再加载模型。",
        "review_questions": ["到模型库下载文件？", "为什么要到模型库下载文件？"],
    }
    _title, _summary, questions = closing.read_closing(copied, "zh", tops, reading)
    assert questions == ["为什么要到模型库下载文件？", "“下载模型”讲了哪些要点？"]
    assert closing.asks("Why does the model invent a section?", "en")
    assert not closing.asks("The model invents a section?", "en")
    assert closing.asks("Vì sao phải kiểm tra lại nguồn?", "vi")
    assert not closing.asks("Kiểm tra lại nguồn chính thức?", "vi")


def test_key_words_listed_back_as_points_are_dropped() -> None:
    part = Part("事故报告可以让它整理语句，但伤者的情况必须核实，伤者姓名用某某代替。", 0)
    data = {"points": ["伤者", "伤者、某某", "伤者的情况必须自己核实"]}
    kept = sections.read_points(data, "zh", part, "事故报告", keywords=["伤者", "某某"])
    assert kept == ["伤者的情况必须自己核实"]
    # Without key words shown, a short point stays, though not one word alone ("伤者").
    assert sections.read_points(data, "zh", part, "事故报告")[:1] == ["伤者、某某"]


def test_a_one_word_heading_from_the_model_is_asked_again() -> None:
    part = Part("其实长沙的机会也很多。其实很多公司在长沙设了研发中心，生活成本也低。", 0)
    for word in ({"heading": "其实"}, {"heading": "长沙"}):
        assert sections.read_heading(word, "zh", part) is None
    assert sections.read_heading({"heading": "长沙的研发中心"}, "zh", part) == "长沙的研发中心"
    en = Part("Students find it easier to start writing with the assistant.", 0)
    assert sections.read_heading({"heading": "Students"}, "en", en) is None
    assert sections.read_heading({"heading": "Writing support"}, "en", en) == "Writing support"


def test_a_heading_of_talk_that_names_nothing_is_asked_again() -> None:
    talk = (
        "我觉得对，那对对来说，对我们这些创业机构来说，首先需要用户需求分析。用户需求分析很重要。"
    )
    part = Part(talk, 0)
    # Stopped by the length limit and cut back to its first clause, all talk.
    stopped = {"heading": "对，这对对来说，对我们这些创业官"}
    assert len(stopped["heading"]) == sections.HEADING_CHARS["zh"]
    assert sections.read_heading(stopped, "zh", part) is None
    assert sections.only_talk("對，這對對來說", "zh")
    assert sections.read_heading({"heading": "创业机构的用户需求分析"}, "zh", part) == (
        "创业机构的用户需求分析"
    )
    # Nor is such talk a point.
    answer = {"points": ["对好", "用户需求分析很重要"]}
    assert sections.read_points(answer, "zh", part, "用户需求") == ["用户需求分析很重要"]


def test_speech_fillers_and_cuts_across_words_are_no_term_candidates() -> None:
    talk = (
        "其实当时我们下载了一个模型。其实当时大家都觉得硬件钱包更安全。我觉得硬件钱包很重要，"
        "下载了一个以后，硬件钱包就能用了。这个问题的问题在于，其实当时没人管。"
    )
    found = term_candidates.candidates(talk, "zh")
    assert "硬件钱包" in found
    assert not {"其实", "当时", "其实当时", "问题", "下载了一", "我觉得"} & set(found)


def test_a_traditional_chinese_lecture_gets_the_same_term_candidates() -> None:
    simplified = (
        "其实当时我们下载了一个模型。其实当时大家都觉得硬件钱包更安全。我觉得硬件钱包很重要，"
        "实际上硬件钱包就能用了。这个问题的问题在于，其实当时没人管。"
    )
    traditional = (
        "其實當時我們下載了一個模型。其實當時大家都覺得硬件錢包更安全。我覺得硬件錢包很重要，"
        "實際上硬件錢包就能用了。這個問題的問題在於，其實當時沒人管。"
    )
    # The words of talk are no candidates in either script; the term keeps its own characters.
    assert term_candidates.candidates(simplified, "zh") == ["硬件钱包"]
    assert term_candidates.candidates(traditional, "zh") == ["硬件錢包"]


def test_a_point_copied_up_to_the_middle_of_a_word_is_cut_back() -> None:
    source = "现在大家都看指数，指数会比现在高。现在买还是等？"
    assert whole_phrase("大家都看指数，指数会比现", 26, "zh", source) == "大家都看指数"
    assert whole_phrase("指数会比现", 26, "zh", source) is None


def test_an_item_that_slips_into_another_script_is_not_shown() -> None:
    zh = "事故报告是可以让它帮忙整理语句，但是必须核实。AI写的是个底稿。"
    assert whole_phrase("Accident报告要核实", 26, "zh", zh) is None
    assert whole_phrase("ai写的是个底稿", 26, "zh", zh) == "ai写的是个底稿"
    vi = "các bạn đọc quy trình vận hành của máy"
    assert whole_phrase("Đọc quy程 vận hành", 80, "vi", vi) is None
    assert whole_phrase("Đọc quy trình vận hành", 80, "vi", vi) == "Đọc quy trình vận hành"
    # A Chinese outline of an English talk keeps the talk's own words.
    assert whole_phrase("CO-STAR框架的语气", 26, "zh", "The CO-STAR framework sets the tone.")


def test_a_five_character_piece_of_a_longer_word_is_no_term() -> None:
    talk = "金融科技创新很重要。金融科技创新要有边界。我们讨论金融科技创新的未来。"
    found = term_candidates.candidates(talk, "zh")
    assert found[0] == "金融科技创新"
    assert "金融科技创" not in found and "融科技创新" not in found


def test_a_piece_nearly_always_inside_a_longer_word_and_words_of_talk_are_no_terms() -> None:
    # Transcripts repeat "一种/实际上/当中/OK" more than any term. "未来教" is a piece of
    # "未来教育" even when one mention runs on into another word ("未来教室") and "未来教育"
    # itself gives way to the far more frequent "教育".
    before, after = "家学职公评改观投资方目质水问政法体队", "强弱新旧快慢高低好坏多少真假难易冷热"
    talk = "。".join(f"{a}{b}教育{c}" for a, b in itertools.pairwise(before) for c in after[:3])
    talk += "。实际上未来教育是一种趋势，OK。未来教育当中老师要变。未来教育里面有一种新课堂。"
    talk += "".join(f"{c}未来教育{a}。" for a, c in zip(before[:8], after[:8], strict=True))
    talk += "未来教室也要建。OK，实际上一种变化已经来了。"
    found = term_candidates.candidates(talk, "zh")
    assert "教育" in found
    assert not {"未来教", "一种", "实际上", "当中", "里面", "OK"} & set(found)


def test_a_long_part_may_have_more_points_than_a_short_one() -> None:
    short = "表格公式可以自动求和，减少抄错。" * 4
    long = (
        "表格公式可以自动求和。会议纪要要写清时间地点。涉密文件不得上网。"
        "请假要提前三天报科长。公文标题用二号小标宋。" * 12
    )
    assert sections.most_points(short) == sections.MAX_POINTS
    assert sections.most_points(long) == sections.LONG_MAX_POINTS > sections.MAX_POINTS
    schema = sections.section_schema("zh", True, sections.most_points(long))
    assert schema["properties"]["points"]["maxItems"] == sections.LONG_MAX_POINTS
    # The instruction asks for as many as the schema allows.
    assert "2到5条" in sections.section_instructions("zh", sections.LONG_MAX_POINTS)
    assert "2到3条" in sections.section_instructions("zh")
    said = ["公文标题用二号小标宋", "纪要写清时间地点", "涉密文件不得上网", "请假提前三天报科长"]
    data = {"points": said}
    kept = sections.read_points(data, "zh", Part(long, 0), "办公三件事", most=5)
    assert kept == said
    assert len(sections.read_points(data, "zh", Part(long, 0), "办公三件事")) == 3


def test_points_saying_their_heading_or_an_earlier_point_again_are_dropped() -> None:
    # The same rule the evaluation counts duplicates by: what it would count is never shown.
    from assistant.core.outline.pipeline import _without_repeats

    found = [
        Section("第三步：用每周两个课时的选修课", ("通过每周两个课时的选修课", "美育内容有机整合")),
        Section("构建五育全面培养教育", ("构建五育全面培养的教育体系", "美育内容有机的整合")),
    ]
    kept = _without_repeats(found, "zh")
    assert [s.points for s in kept] == [("美育内容有机整合",), ("构建五育全面培养的教育体系",)]


def test_a_parent_whose_content_is_in_its_subsections_has_no_point_repeating_its_heading() -> None:
    from assistant.core.outline.pipeline import _without_repeats

    subs = (Section("涉密信息一律不得输入", ("涉密材料只在涉密计算机上处理",)),)
    parent = Section("哪些信息不能输入任何模型", ("三、哪些信息不能输入任何模型",), subs)
    alone = Section("使用中的几项规定", ("四、使用中的几项规定",))
    kept = _without_repeats([parent, alone], "zh")
    assert kept[0].points == () and kept[0].sections[0].points == subs[0].points
    assert kept[1].points == ("四、使用中的几项规定",)  # never an empty section


def test_a_long_lecture_gets_a_longer_summary() -> None:
    meeting = "各科室用本地模型起草材料，数据不出本机，涉密信息不得上网。" * 200
    assert closing.is_long(meeting) and not closing.is_long(meeting[:2000])
    assert "四五句话" in closing.closing_messages("zh", "…", long=True)[0]["content"]
    assert "两三句话" in closing.closing_messages("zh", "…")[0]["content"]
    long_limit = closing.closing_schema("zh", long=True)["properties"]["summary"]["maxLength"]
    assert long_limit > closing.closing_schema("zh")["properties"]["summary"]["maxLength"]
    sentences = [
        "各科室用本地模型起草材料。",
        "数据不出本机。",
        "涉密信息不得上网。",
        "模型写的材料要逐字核对。",
        "数据和引用要对照原件。",
        "在线模型只处理公开信息。",
        "本周五前报送使用情况。",
    ]
    reading = "".join(sentences)
    tops = [Section("使用规定", ("数据不出本机",))]

    def summary(long: bool) -> str:
        # What the grammar lets through: the summary stopped at its limit.
        limit = (closing.LONG_SUMMARY_CHARS if long else closing.SUMMARY_CHARS)["zh"]
        data = {"title": "本地模型", "summary": reading[:limit], "review_questions": []}
        return closing.read_closing(data, "zh", tops, reading, long=long)[1]

    # Both end at a whole sentence; the long lecture's keeps all of them.
    assert summary(False) == "".join(sentences[:-1])
    assert summary(True) == reading


def test_a_subsection_named_as_its_part_is_named_otherwise() -> None:
    import json

    from assistant.core.outline import pipeline
    from assistant.core.outline.calls import Answer
    from assistant.core.outline.ingest import lecture_from_text

    first = "第一个问题，数字人文和新文科建设的关系。数字人文是一个工具型的领域。" * 3
    second = "研究生教育要培养挖掘数据的能力，研究生教育促进知识生产。" * 3
    lecture = lecture_from_text(first + second)
    subs = (Part(first, 0), Part(second, len(first)))
    part = Part(first + second, 0, heading="数字人文和新文科建设的关系", parts=subs)
    job = pipeline._Job(None, lecture, "zh", "zh", 4096, 0, 150, True)  # type: ignore[arg-type]
    job.parts, job.slots = [part], [(0, None), (0, 0), (0, 1)]

    def section(slot: int, heading: str, strict: bool) -> Section | None:
        point = "数字人文是一个工具型的领域" if slot < 2 else "研究生教育促进知识生产"
        answer = Answer(json.dumps({"heading": heading, "points": [point]}))
        return pipeline._read_section(job, slot, answer, strict)

    assert section(1, "数字人文与新文科建设的关系", strict=True) is None  # asked again
    stand_in = section(1, "数字人文与新文科建设的关系", strict=False)
    assert stand_in is not None and stand_in.heading != "数字人文与新文科建设的关系"
    assert section(2, "研究生教育的作用", strict=True) is not None


def test_an_answer_with_a_line_break_inside_a_string_is_still_read() -> None:
    # The schema's grammar let a raw line break into the last question; the whole, usable
    # title and summary before it were lost with the answer.
    from assistant.core.outline.calls import Answer

    text = (
        '{ "title": "区块链的应用", "summary": "这堂课讨论了区块链在各行各业的应用。", '
        '"review_questions": ["1. 区块链能做什么？为什么？”, " ," ,  ]} \n\n{" ]}'
    )
    data = Answer(text, reason="stop").data()
    assert data is not None and data["summary"] == "这堂课讨论了区块链在各行各业的应用。"
    assert all("\n" not in q for q in data["review_questions"])
    lecture = "区块链在各行各业的应用很多。区块链能做什么？大家讨论了为什么。" * 3
    tops = [Section("区块链的应用", ("各行各业",))]
    _title, summary, questions = closing.read_closing(data, "zh", tops, lecture)
    assert summary == "这堂课讨论了区块链在各行各业的应用。"
    # Its own number and the quote and comma trailing after it are no part of a question; one
    # question is asked at a time.
    assert questions[0] == "区块链能做什么？"
    assert Answer('{"title": "x"', reason="length").data() is None


def test_talk_questions_and_thanks_note_nothing_as_points() -> None:
    # The same rule for the model's points and for the lecture's sentences standing in for them.
    assert sections.notes_nothing("对好", "zh")
    assert sections.notes_nothing("Mei, anything from the SEN side?", "en")
    assert sections.notes_nothing("谢谢乔老师。", "zh")
    assert sections.notes_nothing("Thanks, Mrs Okafor.", "en")
    assert sections.notes_nothing("各位学员，下午好。", "zh")  # a greeting and whom it greets
    assert not sections.notes_nothing("感谢小刘的汇总，下周一表扬", "zh")
    # What follows a greeting says the talk is starting ("…today we have a short training").
    greeting = "Ờ chào các bạn công nhân ca sáng hôm nay mình có buổi huấn luyện ngắn"
    assert sections.notes_nothing(greeting, "vi")
    assert sections.notes_nothing(
        "Good afternoon, everyone, and welcome back to the workshop", "en"
    )
    assert sections.notes_nothing("大家好，欢迎来到“AI办公实操”第四讲", "zh")
    assert not sections.notes_nothing("欢迎词要简短，不超过三分钟", "zh")
    assert not sections.notes_nothing("Thanks to the new policy, staff may use the assistant", "en")
    assert not sections.notes_nothing("事故报告只写核实过的事实", "zh")
    assert not sections.notes_nothing("Write a thank-you letter to each supplier", "en")
    # What the speaker will talk about next: the heading names it. "那个，" is a filler, not
    # "那" and then "个，…".
    assert sections.notes_nothing("好，最后说一下这周的安排。", "zh")
    assert sections.notes_nothing("那个，先说一下为什么要搞这个事情。", "zh")
    assert sections.notes_nothing("Okay, next I want to talk about privacy.", "en")
    assert not sections.notes_nothing("先说一下为什么要搞，因为大家都手写。", "zh")
    assert not sections.notes_nothing("Now let us look at the data, which shows growth.", "en")
    assert not sections.notes_nothing("那些数据说明了问题。", "zh")


def test_a_part_that_introduces_a_term_by_name_is_known_by_it() -> None:
    lecture_terms = ["温度", "上下文窗口", "词元", "李明"]
    named = "回答的随意程度由一个叫“温度”的参数控制。温度低，回答稳定；温度高，回答多样。"
    assert term_candidates.introduced_term(named, "", "", "zh", lecture_terms) == "温度"
    # Named once by a naming verb is enough; quoted, a term must be said again.
    limit = "模型一次能看到的词元数量有限，这个上限叫上下文窗口。"
    assert term_candidates.introduced_term(limit, "", "", "zh", lecture_terms) == "上下文窗口"
    quoted_once = "模型读进去的是一个个“词元”。"
    assert term_candidates.introduced_term(quoted_once, "", "", "zh", lecture_terms) is None
    # Said before the part, or in the lecture's title, it is not this part's to introduce.
    assert term_candidates.introduced_term(named, "先说温度。", "", "zh", lecture_terms) is None
    assert term_candidates.introduced_term(named, "", "温度与回答", "zh", lecture_terms) is None
    # Speech names people and says "is" with the same verb: only the lecture's terms count.
    assert term_candidates.introduced_term("大家好，我叫李明。", "", "", "zh", ["温度"]) is None
    en = "The model sees a limited number of tokens, a limit called the context window."
    assert term_candidates.introduced_term(en, "", "", "en", ["context window"]) == (
        "context window"
    )
