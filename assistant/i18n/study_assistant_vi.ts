<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AnswerActions</name>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="63"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="63"/>
        <source>Copy the answer (Markdown)</source>
        <translation>Sao chép câu trả lời (Markdown)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="66"/>
        <source>Regenerate</source>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="66"/>
        <source>Ask the last question again</source>
        <translation>Hỏi lại câu hỏi vừa rồi</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="69"/>
        <source>Edit and resend</source>
        <translation>Sửa và gửi lại</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="70"/>
        <source>Put the last question back in the input to change it</source>
        <translation>Đưa câu hỏi vừa rồi trở lại ô nhập để sửa</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="74"/>
        <location filename="../ui/widgets/answer_actions.py" line="141"/>
        <source>Save answer as note</source>
        <translation>Lưu câu trả lời thành ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="75"/>
        <source>Keep the answer in the notes library</source>
        <translation>Lưu câu trả lời vào thư viện ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="78"/>
        <source>Include reasoning</source>
        <translation>Kèm quá trình suy luận</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="79"/>
        <source>Save the model&apos;s thinking with the answer</source>
        <translation>Lưu cả phần suy luận của mô hình cùng câu trả lời</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="114"/>
        <source>Chinese text cannot be shown</source>
        <translation>Không hiển thị được chữ Hán</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="115"/>
        <source>No font on this computer can show Chinese characters, so they would appear as boxes. Install a Chinese font, for example on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk. Windows and macOS include one already.</source>
        <translation>Máy tính này không có phông chữ hiển thị được chữ Hán nên chúng sẽ hiện thành ô vuông. Hãy cài một phông chữ tiếng Trung, ví dụ trên Debian hoặc Ubuntu: sudo apt-get install fonts-noto-cjk. Windows và macOS đã có sẵn.</translation>
    </message>
</context>
<context>
    <name>CardMaker</name>
    <message>
        <location filename="../ui/controllers/card_maker.py" line="43"/>
        <source>{made} review card(s) made, {there} already there.</source>
        <translation>Đã tạo {made} thẻ ôn tập, {there} thẻ đã có sẵn.</translation>
    </message>
    <message>
        <location filename="../ui/controllers/card_maker.py" line="49"/>
        <source>No cards were made: {reason}</source>
        <translation>Chưa tạo được thẻ: {reason}</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="52"/>
        <source>Models recommended for classes. Downloads can be paused and resumed, even after closing the app, and each file is checked against its SHA-256 checksum before it appears in the list of models.</source>
        <translation>Các mô hình nên dùng cho lớp học. Có thể tạm dừng và tiếp tục tải, kể cả sau khi đóng ứng dụng; mỗi tệp được kiểm tra mã SHA-256 trước khi xuất hiện trong danh sách mô hình.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="61"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="61"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="61"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="61"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="100"/>
        <source>Downloads go to {folder}</source>
        <translation>Tệp tải về được lưu vào {folder}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="133"/>
        <source>Downloading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="133"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="135"/>
        <source>Downloaded</source>
        <translation>Đã tải xong</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="139"/>
        <source>Paused at {pct}%</source>
        <translation>Đã tạm dừng ở {pct}%</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="140"/>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="143"/>
        <source>Not downloaded</source>
        <translation>Chưa tải</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="143"/>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="146"/>
        <source>no checksum: verify on first download</source>
        <translation>chưa có mã kiểm tra: hãy đối chiếu sau lần tải đầu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="194"/>
        <source>Downloaded and verified</source>
        <translation>Đã tải và kiểm tra xong</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="197"/>
        <source>Downloaded; no checksum was known, its SHA-256 is {sha}</source>
        <translation>Đã tải; chưa biết mã kiểm tra, SHA-256 của tệp là {sha}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="204"/>
        <source>Failed: {reason}</source>
        <translation>Lỗi: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../ui/pages/chat_page.py" line="130"/>
        <source>Ask the model anything. Everything stays on this computer.</source>
        <translation>Hãy hỏi mô hình bất cứ điều gì. Mọi thứ chỉ lưu trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="156"/>
        <source>Your message</source>
        <translation>Tin nhắn của bạn</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="157"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="158"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Gửi (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="159"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="160"/>
        <source>Stop the answer (Esc); the text so far is kept</source>
        <translation>Dừng trả lời (Esc); phần đã viết được giữ lại</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="232"/>
        <location filename="../ui/pages/chat_page.py" line="543"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="274"/>
        <source>Answer copied.</source>
        <translation>Đã sao chép câu trả lời.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="337"/>
        <source>The model could not be loaded: {reason}</source>
        <translation>Không tải được mô hình: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="340"/>
        <source>Use File &gt; Open model… to choose a .gguf model file.</source>
        <translation>Hãy dùng Tệp &gt; Mở mô hình… để chọn một tệp mô hình .gguf.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="377"/>
        <location filename="../ui/pages/chat_page.py" line="470"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="378"/>
        <source>The answer reached its length limit.</source>
        <translation>Câu trả lời đã đạt giới hạn độ dài.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="395"/>
        <source>The model stopped: {reason}</source>
        <translation>Mô hình đã dừng: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="419"/>
        <location filename="../ui/pages/chat_page.py" line="546"/>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="482"/>
        <source>Not from your library (general knowledge): </source>
        <translation>Không lấy từ thư viện của bạn (kiến thức chung): </translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="562"/>
        <source>Saved as a note.</source>
        <translation>Đã lưu thành ghi chú.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="566"/>
        <source>The chat library failed: {reason}</source>
        <translation>Lỗi lưu trữ cuộc trò chuyện: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="606"/>
        <source>Type a question (Ctrl+Enter sends)</source>
        <translation>Nhập câu hỏi (Ctrl+Enter để gửi)</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="608"/>
        <source>Waiting for a model…</source>
        <translation>Đang chờ mô hình…</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="23"/>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="29"/>
        <source>The loaded model is a reasoning model (DeepSeek-R1 style): put everything in this one prompt, give no examples, and describe the output format.</source>
        <translation>Mô hình đang dùng là mô hình suy luận (kiểu DeepSeek-R1): viết mọi thứ trong chính lời nhắc này, không đưa ví dụ mẫu và mô tả rõ định dạng đầu ra.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="46"/>
        <source>Start writing a prompt to see which parts it has.</source>
        <translation>Hãy bắt đầu viết lời nhắc để xem nó đã có những phần nào.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="62"/>
        <source>best fit</source>
        <translation>phù hợp nhất</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="62"/>
        <source>chosen</source>
        <translation>đã chọn</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="64"/>
        <source>{framework} ({how}): {present} of {total} parts present</source>
        <translation>{framework} ({how}): có {present}/{total} phần</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="73"/>
        <source>missing</source>
        <translation>còn thiếu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="90"/>
        <source>Tips</source>
        <translation>Gợi ý</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="79"/>
        <source>Two prompts</source>
        <translation>Hai lời nhắc</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="80"/>
        <source>One prompt, two temperatures</source>
        <translation>Một lời nhắc, hai nhiệt độ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="84"/>
        <source>Seed</source>
        <translation>Hạt giống ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="88"/>
        <source>Prompt B</source>
        <translation>Lời nhắc B</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="90"/>
        <source>Prompt B: for example the same request without a role or format.</source>
        <translation>Lời nhắc B: ví dụ cùng yêu cầu nhưng không có vai trò hay định dạng.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="92"/>
        <source>Copy prompt A</source>
        <translation>Chép lời nhắc A</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="93"/>
        <source>Run side by side</source>
        <translation>Chạy song song</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="94"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="95"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="98"/>
        <source>Compare:</source>
        <translation>So sánh:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="100"/>
        <source>Seed:</source>
        <translation>Hạt giống:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="102"/>
        <location filename="../ui/widgets/compare_view.py" line="168"/>
        <source>Temperature A:</source>
        <translation>Nhiệt độ A:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="102"/>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="168"/>
        <source>Temperature:</source>
        <translation>Nhiệt độ:</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../ui/widgets/context_meter.py" line="49"/>
        <source>Context window used</source>
        <translation>Cửa sổ ngữ cảnh đã dùng</translation>
    </message>
    <message>
        <location filename="../ui/widgets/context_meter.py" line="134"/>
        <source>{used} / {limit} tokens</source>
        <translation>{used} / {limit} token</translation>
    </message>
    <message>
        <location filename="../ui/widgets/context_meter.py" line="154"/>
        <source>How much of the model&apos;s context window the chat and your draft take.</source>
        <translation>Cuộc trò chuyện và phần bạn đang gõ chiếm bao nhiêu cửa sổ ngữ cảnh của mô hình.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/context_meter.py" line="157"/>
        <source>The conversation nearly fills the model&apos;s context window. Start a new chat or open the model with a larger context in Settings.</source>
        <translation>Cuộc trò chuyện sắp đầy cửa sổ ngữ cảnh của mô hình. Hãy bắt đầu cuộc trò chuyện mới hoặc mở mô hình với ngữ cảnh lớn hơn trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../ui/widgets/conversation_list.py" line="78"/>
        <source>New chat</source>
        <translation>Cuộc trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../ui/widgets/conversation_list.py" line="81"/>
        <source>Conversations</source>
        <translation>Các cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../ui/widgets/conversation_list.py" line="89"/>
        <location filename="../ui/widgets/conversation_list.py" line="250"/>
        <source>Delete chat…</source>
        <translation>Xóa cuộc trò chuyện…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/conversation_list.py" line="193"/>
        <source>Delete chat</source>
        <translation>Xóa cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../ui/widgets/conversation_list.py" line="194"/>
        <source>Delete the chat &quot;{title}&quot;? This cannot be undone.</source>
        <translation>Xóa cuộc trò chuyện &quot;{title}&quot;? Không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>CritiqueView</name>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="50"/>
        <source>Suggested additions</source>
        <translation>Gợi ý bổ sung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="60"/>
        <source>Rewritten prompt (your text, plus the sentences you keep):</source>
        <translation>Lời nhắc viết lại (văn bản của bạn, thêm các câu bạn giữ lại):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="65"/>
        <source>Rewritten prompt</source>
        <translation>Lời nhắc viết lại</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="66"/>
        <source>Copy rewrite</source>
        <translation>Sao chép bản viết lại</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="67"/>
        <source>Run rewrite</source>
        <translation>Chạy bản viết lại</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="68"/>
        <source>Original vs rewrite</source>
        <translation>Bản gốc và bản viết lại</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="70"/>
        <source>Answer the original and the rewrite side by side with the same seed</source>
        <translation>Trả lời bản gốc và bản viết lại cạnh nhau với cùng hạt giống</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="101"/>
        <source>Press Critique: the model proposes one sentence for each missing part.</source>
        <translation>Nhấn Nhận xét: mô hình đề xuất một câu cho mỗi phần còn thiếu.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="115"/>
        <source>Asking the model for {n} sentence(s)…</source>
        <translation>Đang nhờ mô hình viết {n} câu…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="151"/>
        <source>Every part is there: nothing to add.</source>
        <translation>Đã đủ các phần: không cần bổ sung.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="153"/>
        <source>Stopped: the sentences written so far are shown.</source>
        <translation>Đã dừng: hiển thị các câu đã viết.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="156"/>
        <source>{n} sentence(s) proposed in {s} s; {m} part(s) had no usable sentence: write them yourself.</source>
        <translation>Đã đề xuất {n} câu trong {s} giây; {m} phần không có câu dùng được: hãy tự viết.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="161"/>
        <source>{n} sentence(s) proposed in {s} s. Keep, edit or untick each one.</source>
        <translation>Đã đề xuất {n} câu trong {s} giây. Giữ, sửa hoặc bỏ chọn từng câu.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="183"/>
        <source>The rewrite is on the clipboard.</source>
        <translation>Bản viết lại đã được sao chép.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="225"/>
        <source>it repeated itself</source>
        <translation>câu tự lặp lại</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="226"/>
        <source>it repeated your prompt</source>
        <translation>lặp lại lời nhắc của bạn</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="227"/>
        <source>it copied the instructions</source>
        <translation>chép lại phần hướng dẫn</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="228"/>
        <source>it was in another language</source>
        <translation>viết bằng ngôn ngữ khác</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="229"/>
        <source>it was cut off</source>
        <translation>câu bị cắt ngang</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="230"/>
        <source>it was empty</source>
        <translation>câu trống</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="234"/>
        <source>No sentence from the model: write your own.</source>
        <translation>Mô hình không đưa ra câu nào: hãy tự viết.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="235"/>
        <source>No usable sentence ({reasons}): write your own.</source>
        <translation>Không có câu dùng được ({reasons}): hãy tự viết.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="236"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <location filename="../ui/controllers/note_drafts.py" line="132"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_drafts.py" line="133"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_drafts.py" line="146"/>
        <source>There is unsaved text for this note from {time}. Restore it?</source>
        <translation>Ghi chú này có phần chữ chưa lưu từ {time}. Khôi phục không?</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../ui/controllers/note_drafts.py" line="110"/>
        <source>Your text could not be autosaved: {reason}</source>
        <translation>Không tự động lưu được phần chữ của bạn: {reason}</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <location filename="../ui/controllers/engine_bridge.py" line="355"/>
        <source>The answer ended without a reason.</source>
        <translation>Câu trả lời kết thúc bất thường.</translation>
    </message>
    <message>
        <location filename="../ui/controllers/engine_bridge.py" line="165"/>
        <source>the starter model</source>
        <translation>mô hình khởi đầu</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/error_text.py" line="22"/>
        <source>The model file {path} does not exist. Open another model with File &gt; Open model….</source>
        <translation>Tệp mô hình {path} không tồn tại. Hãy mở mô hình khác bằng Tệp &gt; Mở mô hình….</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="26"/>
        <source>The model chosen in the settings, {path}, is missing. Open another model with File &gt; Open model…, or download one with File &gt; Models….</source>
        <translation>Mô hình đã chọn trong cài đặt, {path}, không còn nữa. Hãy mở mô hình khác bằng Tệp &gt; Mở mô hình…, hoặc tải một mô hình bằng Tệp &gt; Mô hình….</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="31"/>
        <source>No model named {name} in {where}. Open a .gguf file with File &gt; Open model….</source>
        <translation>Không có mô hình nào tên {name} trong {where}. Hãy mở một tệp .gguf bằng Tệp &gt; Mở mô hình….</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="35"/>
        <source>{name} matches several models ({names}). Choose one with File &gt; Open model….</source>
        <translation>{name} khớp với nhiều mô hình ({names}). Hãy chọn một mô hình bằng Tệp &gt; Mở mô hình….</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="39"/>
        <source>The model stopped: {reason}</source>
        <translation>Mô hình đã dừng: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="40"/>
        <source>Loading {file} took longer than {seconds} s. The file may be on a slow or failing drive, or too big for this computer&apos;s memory: copy it to the laptop&apos;s own disk or choose a smaller model.</source>
        <translation>Nạp {file} mất hơn {seconds} giây. Tệp có thể nằm trên ổ đĩa chậm hoặc đang hỏng, hoặc quá lớn so với bộ nhớ của máy này: hãy chép nó vào ổ đĩa của chính máy, hoặc chọn mô hình nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="46"/>
        <source>The model could not be loaded: {reason}. Check that {file} is a complete GGUF model file.</source>
        <translation>Không nạp được mô hình: {reason}. Hãy kiểm tra {file} có phải là tệp mô hình GGUF đầy đủ không.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="50"/>
        <source>No model is loaded. Open a model first (File &gt; Open model…).</source>
        <translation>Chưa nạp mô hình nào. Hãy mở một mô hình trước (Tệp &gt; Mở mô hình…).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="53"/>
        <source>The prompt is {prompt_tokens} tokens and the context window holds {n_ctx}, which leaves {room} for the answer; it needs {answer_tokens}. Shorten the prompt by {over} tokens, ask for a shorter answer, or choose a larger Context size in File &gt; Settings….</source>
        <translation>Lời nhắc dài {prompt_tokens} token và cửa sổ ngữ cảnh chứa {n_ctx}, chỉ còn {room} cho câu trả lời; câu trả lời cần {answer_tokens}. Hãy rút ngắn lời nhắc {over} token, yêu cầu câu trả lời ngắn hơn, hoặc chọn Kích thước ngữ cảnh lớn hơn trong Tệp &gt; Cài đặt….</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="59"/>
        <source>Note {note_id} no longer exists; it may have been deleted.</source>
        <translation>Ghi chú {note_id} không còn nữa; có thể nó đã bị xóa.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="62"/>
        <source>{path} is a folder, not a model file. Choose a .gguf file.</source>
        <translation>{path} là một thư mục, không phải tệp mô hình. Hãy chọn một tệp .gguf.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="65"/>
        <source>Cannot read {path}: {reason}. Check the file&apos;s permissions, or copy it to this computer.</source>
        <translation>Không đọc được {path}: {reason}. Hãy kiểm tra quyền truy cập tệp, hoặc chép nó vào máy này.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="69"/>
        <source>{path} is empty, not a GGUF model file. Copy or download it again.</source>
        <translation>{path} là tệp rỗng, không phải tệp mô hình GGUF. Hãy chép hoặc tải lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="72"/>
        <source>{path} is not a GGUF model file: it is a Git LFS pointer, not the model itself. Download the real file.</source>
        <translation>{path} không phải tệp mô hình GGUF: đó là con trỏ Git LFS, không phải bản thân mô hình. Hãy tải tệp thật.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="77"/>
        <source>{path} is not a GGUF model file: it looks like a web page. Use the file&apos;s download link.</source>
        <translation>{path} không phải tệp mô hình GGUF: có vẻ đó là một trang web. Hãy dùng liên kết tải xuống của tệp.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="81"/>
        <source>{path} is not a GGUF model file. Choose a .gguf model file.</source>
        <translation>{path} không phải tệp mô hình GGUF. Hãy chọn một tệp mô hình .gguf.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="84"/>
        <source>{name} already exists in {folder}. Choose another name, or use the one already there.</source>
        <translation>{name} đã có trong {folder}. Hãy chọn tên khác, hoặc dùng tệp đã có.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="88"/>
        <source>{name} cannot be a file name. Use letters, digits, - and _.</source>
        <translation>{name} không thể làm tên tệp. Hãy dùng chữ cái, chữ số, - và _.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="91"/>
        <source>A new name must not end in -0000N-of-0000M: the app adds that itself.</source>
        <translation>Tên mới không được kết thúc bằng -0000N-of-0000M: ứng dụng tự thêm phần đó.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="94"/>
        <source>{folder} has {free_gb} GB free but {file} needs {needed_gb} GB. Free some space or use the model where it is.</source>
        <translation>{folder} còn trống {free_gb} GB nhưng {file} cần {needed_gb} GB. Hãy giải phóng dung lượng hoặc dùng mô hình ở chỗ cũ.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="99"/>
        <source>The disk holding {folder} is full. Free some space and try again.</source>
        <translation>Ổ đĩa chứa {folder} đã đầy. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="102"/>
        <source>Cannot copy {file} to {folder}: {reason}.</source>
        <translation>Không chép được {file} vào {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="105"/>
        <source>Cannot rename {file}: {reason}.</source>
        <translation>Không đổi tên được {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="108"/>
        <source>Cannot delete {file}: {reason}.</source>
        <translation>Không xóa được {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="111"/>
        <source>Cannot create the data folder {folder}: {reason}.</source>
        <translation>Không tạo được thư mục dữ liệu {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="114"/>
        <source>Cannot read the library {path}: {reason}.</source>
        <translation>Không đọc được thư viện {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="117"/>
        <source>The library {path} is damaged ({problem}) and could not be moved aside: {reason}. Move it away by hand and start the app again.</source>
        <translation>Thư viện {path} bị hỏng ({problem}) và không thể dời sang chỗ khác: {reason}. Hãy tự dời nó đi rồi khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="122"/>
        <source>The disk is full, so {path} could not be written; nothing was left half-written. Free some space and export again.</source>
        <translation>Ổ đĩa đã đầy nên không ghi được {path}; không có tệp nào bị ghi dở. Hãy giải phóng dung lượng rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="127"/>
        <source>{path} could not be written: the folder is read-only or you lack permission. Choose a folder you can write to.</source>
        <translation>Không ghi được {path}: thư mục chỉ đọc hoặc bạn không có quyền. Hãy chọn thư mục bạn ghi được.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="132"/>
        <source>{path} could not be written ({reason}).</source>
        <translation>Không ghi được {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="135"/>
        <source>{path} does not exist.</source>
        <translation>{path} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="138"/>
        <source>{path} holds no Markdown (.md) files to import.</source>
        <translation>{path} không có tệp Markdown (.md) nào để nhập.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="141"/>
        <source>{name} cannot be imported: choose a .json export, a .md/.markdown/.txt file or a folder of .md files.</source>
        <translation>Không nhập được {name}: hãy chọn tệp xuất .json, tệp .md/.markdown/.txt hoặc thư mục chứa tệp .md.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="146"/>
        <source>{path} could not be read ({reason}).</source>
        <translation>Không đọc được {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="149"/>
        <source>{name} is not valid JSON ({reason}).</source>
        <translation>{name} không phải JSON hợp lệ ({reason}).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="152"/>
        <source>{name} is not a Study Assistant notes export.</source>
        <translation>{name} không phải tệp xuất ghi chú của Trợ lý học tập.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="155"/>
        <source>{name} has no valid format version; it is not a Study Assistant export.</source>
        <translation>{name} không có phiên bản định dạng hợp lệ; đó không phải tệp xuất của Trợ lý học tập.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="158"/>
        <source>{name} was exported by a newer Study Assistant (format version {version}); update the app to import it.</source>
        <translation>{name} được xuất bởi phiên bản Trợ lý học tập mới hơn (phiên bản định dạng {version}); hãy cập nhật ứng dụng để nhập.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="163"/>
        <source>{name} has no list of notes.</source>
        <translation>{name} không có danh sách ghi chú.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="166"/>
        <source>The starter model is not installed (missing {missing}). Reinstall Study Assistant, or open another model with File &gt; Open model….</source>
        <translation>Mô hình khởi đầu chưa được cài (thiếu {missing}). Hãy cài lại Trợ lý học tập, hoặc mở mô hình khác bằng Tệp &gt; Mở mô hình….</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="171"/>
        <source>Cannot check {path}: {reason}. Check the folder.</source>
        <translation>Không kiểm tra được {path}: {reason}. Hãy kiểm tra thư mục.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="174"/>
        <source>A piece of {file} cannot be read ({piece}). Reinstall Study Assistant, or open another model with File &gt; Open model….</source>
        <translation>Không đọc được một phần của {file} ({piece}). Hãy cài lại Trợ lý học tập, hoặc mở mô hình khác bằng Tệp &gt; Mở mô hình….</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="179"/>
        <source>The pieces of {file} add up to {total} bytes, not {size}. Reinstall Study Assistant, or open another model with File &gt; Open model….</source>
        <translation>Các phần của {file} cộng lại được {total} byte, không phải {size}. Hãy cài lại Trợ lý học tập, hoặc mở mô hình khác bằng Tệp &gt; Mở mô hình….</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="184"/>
        <source>The assembled {file} does not match its checksum (expected SHA-256 {expected}…, got {actual}…). Reinstall Study Assistant, or open another model with File &gt; Open model….</source>
        <translation>Tệp {file} sau khi ghép không khớp mã kiểm tra (cần SHA-256 {expected}…, nhận được {actual}…). Hãy cài lại Trợ lý học tập, hoặc mở mô hình khác bằng Tệp &gt; Mở mô hình….</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="189"/>
        <source>There is not enough free disk space in {folder} to assemble {file} ({total} bytes). Free some space and try again.</source>
        <translation>{folder} không đủ dung lượng trống để ghép {file} ({total} byte). Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="194"/>
        <source>Cannot write {path}: {reason}. Check the folder and try again.</source>
        <translation>Không ghi được {path}: {reason}. Hãy kiểm tra thư mục rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="197"/>
        <source>{file} from {host} does not match its checksum (expected SHA-256 {expected}…, got {actual}…). The damaged download was deleted; try again, or another mirror.</source>
        <translation>{file} tải từ {host} không khớp mã kiểm tra (cần SHA-256 {expected}…, nhận được {actual}…). Bản tải hỏng đã bị xóa; hãy thử lại, hoặc dùng máy chủ khác.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="202"/>
        <source>Not enough free disk space in {folder}: {file} needs {needed_gb} GB more and {free_gb} GB are free. Free some space and try again.</source>
        <translation>Không đủ dung lượng trống trong {folder}: {file} cần thêm {needed_gb} GB nhưng chỉ còn {free_gb} GB. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="207"/>
        <source>The disk is full: {file} stopped after {done} bytes. They are kept: free some space and download again to resume.</source>
        <translation>Ổ đĩa đã đầy: {file} dừng sau {done} byte. Phần đã tải được giữ lại: hãy giải phóng dung lượng rồi tải lại để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="212"/>
        <location filename="../ui/error_text.py" line="403"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Không ghi được {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="215"/>
        <source>Cannot use {path} as the data folder ({reason}). Make the folder writable, or set the STUDY_ASSISTANT_DATA_DIR environment variable to another folder.</source>
        <translation>Không dùng được {path} làm thư mục dữ liệu ({reason}). Hãy cho phép ghi vào thư mục đó, hoặc đặt biến môi trường STUDY_ASSISTANT_DATA_DIR thành một thư mục khác.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="220"/>
        <source>Port {port} on {host} is in use or not allowed ({reason}). Choose another port.</source>
        <translation>Cổng {port} trên {host} đang được dùng hoặc không được phép ({reason}). Hãy chọn cổng khác.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="224"/>
        <source>The context window ({n_ctx} tokens) is too small to outline with; choose a larger Context size in File &gt; Settings….</source>
        <translation>Cửa sổ ngữ cảnh ({n_ctx} token) quá nhỏ để lập dàn ý; hãy chọn Kích thước ngữ cảnh lớn hơn trong Tệp &gt; Cài đặt….</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="229"/>
        <source>The disk is full, so the library could not be saved; nothing was changed. Free some space and save again.</source>
        <translation>Ổ đĩa đã đầy nên không lưu được thư viện; không có gì bị thay đổi. Hãy giải phóng dung lượng rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="234"/>
        <source>The library is on a read-only disk or folder, so nothing could be saved. Fix the data folder&apos;s permissions (File &gt; Settings… shows where it is).</source>
        <translation>Thư viện nằm trên ổ đĩa hoặc thư mục chỉ đọc nên không lưu được gì. Hãy sửa quyền của thư mục dữ liệu (Tệp &gt; Cài đặt… cho biết nó ở đâu).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="239"/>
        <source>The library is busy in another Study Assistant window or command. Close it and try again.</source>
        <translation>Thư viện đang được một cửa sổ hoặc lệnh Trợ lý học tập khác dùng. Hãy đóng nó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="243"/>
        <source>The library could not be read or written ({reason}).</source>
        <translation>Không đọc hoặc ghi được thư viện ({reason}).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="246"/>
        <source>The library was written by a newer Study Assistant (schema {current}, this version knows {known}). Update the app to open it.</source>
        <translation>Thư viện được ghi bởi phiên bản Trợ lý học tập mới hơn (lược đồ {current}, phiên bản này biết {known}). Hãy cập nhật ứng dụng để mở.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="251"/>
        <source>Could not save settings to {path}: {reason}.</source>
        <translation>Không lưu được cài đặt vào {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="254"/>
        <source>Chat {chat_id} no longer exists; it may have been deleted.</source>
        <translation>Cuộc trò chuyện {chat_id} không còn nữa; có thể nó đã bị xóa.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="257"/>
        <source>The lecture is empty; paste its text or open a lecture file.</source>
        <translation>Bài giảng đang trống; hãy dán nội dung bài giảng hoặc mở một tệp bài giảng.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="261"/>
        <source>{source} has no text in it; open the file with the lecture&apos;s text.</source>
        <translation>{source} không có chữ nào; hãy mở tệp có nội dung bài giảng.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="265"/>
        <source>{path} is a folder, not a file; choose a lecture file in it.</source>
        <translation>{path} là một thư mục, không phải tệp; hãy chọn một tệp bài giảng trong đó.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="269"/>
        <source>{name} has no file extension, so its type is unknown; rename it to .txt, .md, .srt, .vtt, .docx, .pptx or .pdf, or paste the text.</source>
        <translation>{name} không có phần mở rộng nên không biết loại tệp; hãy đổi tên thành .txt, .md, .srt, .vtt, .docx, .pptx hoặc .pdf, hoặc dán nội dung vào.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="274"/>
        <source>{name} cannot be opened: {suffix} files are not supported. Save it as .docx or PDF in Word or WPS, or paste the text (.txt, .md, .srt, .vtt, .docx, .pptx and .pdf files open).</source>
        <translation>Không mở được {name}: chưa hỗ trợ tệp {suffix}. Hãy lưu lại thành .docx hoặc PDF trong Word hoặc WPS, hoặc dán nội dung vào (mở được tệp .txt, .md, .srt, .vtt, .docx, .pptx và .pdf).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="280"/>
        <source>{name} cannot be opened: {suffix} files are not supported. Save it as PDF, or paste the text (.txt, .md, .srt, .vtt, .docx, .pptx and .pdf files open).</source>
        <translation>Không mở được {name}: chưa hỗ trợ tệp {suffix}. Hãy lưu lại thành PDF, hoặc dán nội dung vào (mở được tệp .txt, .md, .srt, .vtt, .docx, .pptx và .pdf).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="285"/>
        <source>{name} is {size_mb} MB; lecture files over {limit_mb} MB are not supported. Split it first.</source>
        <translation>{name} có dung lượng {size_mb} MB; chưa hỗ trợ tệp bài giảng lớn hơn {limit_mb} MB. Hãy tách nhỏ tệp trước.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="290"/>
        <source>{name} is empty; choose the file with the lecture in it.</source>
        <translation>{name} là tệp trống; hãy chọn tệp có nội dung bài giảng.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="294"/>
        <source>{path} does not exist; check the name and folder.</source>
        <translation>{path} không tồn tại; hãy kiểm tra tên tệp và thư mục.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="298"/>
        <source>{path} cannot be read: permission denied. Copy the file to your own folder and open the copy.</source>
        <translation>Không đọc được {path}: không có quyền truy cập. Hãy sao chép tệp vào thư mục của bạn rồi mở bản sao.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="303"/>
        <source>{name} is a PDF file; rename it to .pdf and open it again.</source>
        <translation>{name} thực ra là tệp PDF; hãy đổi phần mở rộng thành .pdf rồi mở lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="307"/>
        <source>{name} is a zip or Office file, not text; if it is a Word document, rename it to .docx and open it again.</source>
        <translation>{name} là tệp nén hoặc tệp Office, không phải văn bản thuần; nếu đó là tài liệu Word, hãy đổi phần mở rộng thành .docx rồi mở lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="312"/>
        <source>{name} is not a text file: it is not UTF-8, GB18030 or UTF-16 (or Big5) text. Save it as UTF-8 text and try again.</source>
        <translation>{name} không phải tệp văn bản: không phải mã UTF-8, GB18030, UTF-16 (hay Big5). Hãy lưu lại dưới dạng văn bản UTF-8 rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="317"/>
        <source>{name} is protected by a password; save a copy without the password (or print it to a new PDF), or paste the text.</source>
        <translation>{name} được bảo vệ bằng mật khẩu; hãy lưu một bản không có mật khẩu (hoặc in ra một tệp PDF mới), hoặc dán nội dung vào.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="322"/>
        <source>{name} is encrypted in a way this app cannot open; save a copy without protection, or paste the text.</source>
        <translation>{name} được mã hóa theo cách ứng dụng này không mở được; hãy lưu một bản không bảo vệ, hoặc dán nội dung vào.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="327"/>
        <source>{name} is damaged or not a PDF; open it in a PDF viewer and save it again, or paste the text.</source>
        <translation>{name} bị hỏng hoặc không phải PDF; hãy mở bằng trình đọc PDF rồi lưu lại, hoặc dán nội dung vào.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="332"/>
        <source>{name} has no text layer (a scanned PDF?). Run OCR on it first or paste the text.</source>
        <translation>{name} không có lớp chữ (có thể là bản quét?). Hãy nhận dạng chữ (OCR) trước, hoặc dán nội dung vào.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="336"/>
        <source>{name} is password-protected or an old Word 97-2003 file; save it in Word as .docx without a password, or paste the text.</source>
        <translation>{name} có mật khẩu hoặc là tệp Word 97-2003 cũ; hãy lưu lại trong Word thành .docx không có mật khẩu, hoặc dán nội dung vào.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="341"/>
        <source>{name} is too large to read; split the document first.</source>
        <translation>{name} quá lớn để đọc; hãy tách nhỏ tài liệu trước.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="345"/>
        <source>{name} is damaged or not a Word .docx document; open it in Word, save it again as .docx, or paste the text.</source>
        <translation>{name} bị hỏng hoặc không phải tài liệu Word .docx; hãy mở bằng Word rồi lưu lại thành .docx, hoặc dán nội dung vào.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="350"/>
        <source>{name} is damaged or not a PowerPoint .pptx file; open it in PowerPoint, save it again as .pptx, or paste the text.</source>
        <translation>{name} bị hỏng hoặc không phải tệp PowerPoint .pptx; hãy mở bằng PowerPoint rồi lưu lại thành .pptx, hoặc dán nội dung vào.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="355"/>
        <source>{path} has an invalid split-part name. Rename it as it was downloaded.</source>
        <translation>{path} có tên phần tách không hợp lệ. Hãy đổi lại đúng tên như khi tải về.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="359"/>
        <source>Part {part} of the split model {name} is missing. Put all {total} parts in {folder}.</source>
        <translation>Mô hình tách phần {name} thiếu phần {part}. Hãy để đủ cả {total} phần trong {folder}.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="363"/>
        <source>{path} is part of a model split into {split_count} files, but its name does not end in -00001-of-000NN.gguf. Restore the parts&apos; original names.</source>
        <translation>{path} là một phần của mô hình tách thành {split_count} tệp, nhưng tên không kết thúc bằng -00001-of-000NN.gguf. Hãy đặt lại tên gốc cho các phần.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="368"/>
        <source>{path} says the model has {split_count} parts, but its name says {named}. Download the parts again.</source>
        <translation>{path} cho biết mô hình có {split_count} phần, nhưng tên tệp lại ghi {named}. Hãy tải lại các phần.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="373"/>
        <source>{path} says it is part {says}, not {expected}. Download it again.</source>
        <translation>{path} cho biết đây là phần {says}, không phải phần {expected}. Hãy tải lại tệp này.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="377"/>
        <source>A lesson belongs to a course: choose the course too.</source>
        <translation>Bài học thuộc về một khóa học: hãy chọn cả khóa học.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="381"/>
        <source>The prompt is empty. Type a prompt first.</source>
        <translation>Lời nhắc đang trống. Hãy nhập lời nhắc trước.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="385"/>
        <source>The prompt has {chars} characters; the checker reads at most {limit}. Shorten it.</source>
        <translation>Lời nhắc có {chars} ký tự; bộ kiểm tra chỉ đọc tối đa {limit}. Hãy rút gọn lời nhắc.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="389"/>
        <source>The question is empty. Type a question to ask your library.</source>
        <translation>Câu hỏi đang trống. Hãy nhập câu hỏi để hỏi thư viện của bạn.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="393"/>
        <source>Note {note_id} ({title}) has no key terms with definitions and no review questions to make cards from. Make cards from a saved outline, or select a sentence in the note for a cloze card.</source>
        <translation>Ghi chú {note_id} ({title}) không có thuật ngữ kèm định nghĩa và không có câu hỏi ôn tập để làm thẻ. Hãy làm thẻ từ một dàn ý đã lưu, hoặc chọn một câu trong ghi chú để làm thẻ điền chỗ trống.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="399"/>
        <source>Select the words to hide in the note first; the selection is empty.</source>
        <translation>Hãy chọn trước những từ cần che trong ghi chú; hiện chưa chọn gì.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="407"/>
        <source>The PDF for {path} could not be produced; try the HTML export.</source>
        <translation>Không tạo được PDF cho {path}; hãy thử xuất ra HTML.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="411"/>
        <source>{endpoint} is not a server address such as http://10.0.0.5:8765. Correct the class server address in Settings.</source>
        <translation>{endpoint} không phải địa chỉ máy chủ (ví dụ http://10.0.0.5:8765). Hãy sửa địa chỉ máy chủ lớp học trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="416"/>
        <source>Could not reach the class server at {url} ({reason}); check the address and that the server is running.</source>
        <translation>Không kết nối được máy chủ lớp học tại {url} ({reason}); hãy kiểm tra địa chỉ và xem máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="421"/>
        <source>The class server at {url} refused the API key (HTTP {status}); ask the instructor for the key and enter it in Settings.</source>
        <translation>Máy chủ lớp học tại {url} từ chối khóa API (HTTP {status}); hãy xin giảng viên khóa đúng rồi nhập vào Cài đặt.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="426"/>
        <source>The class server at {url} answered HTTP {status}: {detail}</source>
        <translation>Máy chủ lớp học tại {url} trả lời HTTP {status}: {detail}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="430"/>
        <source>The class server sent an unreadable answer ({reason}).</source>
        <translation>Máy chủ lớp học gửi về một câu trả lời không đọc được ({reason}).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="434"/>
        <source>The llama-server set in Settings, {path}, is not an executable file. Fix the path or clear it to use the built-in server.</source>
        <translation>llama-server được đặt trong Cài đặt, {path}, không phải tệp chạy được. Hãy sửa đường dẫn hoặc để trống để dùng máy chủ có sẵn.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="439"/>
        <source>A class server needs an API key.</source>
        <translation>Máy chủ lớp học cần có khóa API.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="443"/>
        <source>This copy of Study Assistant has no built-in class server. Put llama.cpp&apos;s llama-server on this computer and set its path in Settings (see the README, Classroom).</source>
        <translation>Bản Study Assistant này không có máy chủ lớp học sẵn. Hãy chép llama-server của llama.cpp vào máy này và đặt đường dẫn của nó trong Cài đặt (xem README, mục Classroom).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="449"/>
        <source>Cannot start {program}: {reason}.</source>
        <translation>Không khởi động được {program}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="453"/>
        <source>The class server stopped while starting: {reason}</source>
        <translation>Máy chủ lớp học đã dừng khi đang khởi động: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="457"/>
        <source>The class server did not start within {seconds} s.</source>
        <translation>Máy chủ lớp học không khởi động xong trong {seconds} giây.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="461"/>
        <source>The class server stopped answering ({reason}).</source>
        <translation>Máy chủ lớp học đã ngừng trả lời ({reason}).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="465"/>
        <source>The class server reported an error: {detail}</source>
        <translation>Máy chủ lớp học báo lỗi: {detail}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="469"/>
        <source>The class server sent nothing for {seconds} s; it may be busy with many questions. Try again in a moment.</source>
        <translation>Máy chủ lớp học không gửi gì trong {seconds} giây; có thể nó đang bận trả lời nhiều câu hỏi. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="474"/>
        <source>Could not download {file} from any mirror ({notes}).</source>
        <translation>Không tải được {file} từ bất kỳ máy chủ nào ({notes}).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="478"/>
        <source>Could not download {file} from any mirror ({notes}). {kept} bytes are kept; download it again to resume.</source>
        <translation>Không tải được {file} từ bất kỳ máy chủ nào ({notes}). Đã giữ lại {kept} byte; hãy tải lại để tải tiếp.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="483"/>
        <source>{path} already exists but is a different file (SHA-256 {actual}…, expected {expected}…). Rename or delete it, then download again.</source>
        <translation>{path} đã có sẵn nhưng là một tệp khác (SHA-256 {actual}…, cần là {expected}…). Hãy đổi tên hoặc xóa nó rồi tải lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="488"/>
        <source>What {host} sent for {file} is not a usable GGUF model, so it was deleted ({reason}).</source>
        <translation>Tệp {file} mà {host} gửi về không phải mô hình GGUF dùng được nên đã bị xóa ({reason}).</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="492"/>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Không tạo được {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="496"/>
        <source>Cannot rename the download to {path}: {reason}.</source>
        <translation>Không đổi tên được tệp tải về thành {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="500"/>
        <source>{path} is damaged ({why}). Copy or download it again.</source>
        <translation>{path} bị hỏng ({why}). Hãy sao chép hoặc tải lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="504"/>
        <source>{path} is truncated: it has {size} bytes but its tensors need {needed}. Copy or download it again.</source>
        <translation>{path} bị thiếu: tệp chỉ có {size} byte nhưng các tensor cần {needed}. Hãy sao chép hoặc tải lại.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="509"/>
        <source>{path} uses GGUF version {version}, which this app cannot read. Convert it again with a current llama.cpp.</source>
        <translation>{path} dùng GGUF phiên bản {version}, ứng dụng này không đọc được. Hãy chuyển đổi lại bằng llama.cpp mới.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="514"/>
        <source>{path} uses GGUF version {version}, which this app cannot read. Update the app.</source>
        <translation>{path} dùng GGUF phiên bản {version}, ứng dụng này không đọc được. Hãy cập nhật ứng dụng.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="522"/>
        <source>Something went wrong: {message}</source>
        <translation>Đã xảy ra lỗi: {message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="523"/>
        <source>This cannot be done: {message}</source>
        <translation>Không thể thực hiện việc này: {message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="524"/>
        <source>Model problem: {message}</source>
        <translation>Mô hình gặp sự cố: {message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="525"/>
        <source>This input cannot be used: {message}</source>
        <translation>Không thể dùng dữ liệu này: {message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="528"/>
        <source>The library or data folder cannot be read or written: {message}</source>
        <translation>Không đọc hoặc ghi được thư viện hay thư mục dữ liệu: {message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="531"/>
        <source>The download failed: {message}</source>
        <translation>Tải xuống thất bại: {message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="532"/>
        <source>The prompt pack cannot be imported: {message}</source>
        <translation>Không nhập được gói lời nhắc này: {message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="540"/>
        <source>An unexpected error ({kind}) occurred; the log file has the details.</source>
        <translation>Đã xảy ra lỗi không mong muốn ({kind}); xem chi tiết trong tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="65"/>
        <location filename="../ui/dialogs/first_run.py" line="71"/>
        <source>Welcome to Study Assistant</source>
        <translation>Chào mừng đến với Trợ lý học tập</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="79"/>
        <source>Study Assistant runs an AI model on this computer, so your lectures, notes and questions stay here and it works without the internet.</source>
        <translation>Trợ lý học tập chạy mô hình AI ngay trên máy tính này, nên bài giảng, ghi chú và câu hỏi của bạn nằm lại trên máy và vẫn dùng được khi không có Internet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="83"/>
        <source>You can start right away with the built-in starter model. It is small (0.5B) and quick: fine for trying things out, but its answers are simple.</source>
        <translation>Bạn có thể bắt đầu ngay với mô hình khởi đầu có sẵn. Mô hình nhỏ (0.5B) và nhanh: đủ để dùng thử, nhưng câu trả lời còn đơn giản.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="87"/>
        <source>For class work, use a bigger model: DeepSeek-R1-Distill-Qwen-1.5B, or Qwen2.5-1.5B, 3B or 7B-Instruct, as a .gguf file from your instructor&apos;s USB stick or from a download. Open it here, or any time with File → Open model…</source>
        <translation>Khi học trên lớp, hãy dùng mô hình lớn hơn: DeepSeek-R1-Distill-Qwen-1.5B, hoặc Qwen2.5-1.5B, 3B, 7B-Instruct, dạng tệp .gguf lấy từ USB của giảng viên hoặc tải về. Mở tệp ở đây, hoặc bất cứ lúc nào bằng Tệp → Mở mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="91"/>
        <source>Bigger models answer better but need more memory and are slower.</source>
        <translation>Mô hình càng lớn trả lời càng tốt nhưng cần nhiều bộ nhớ hơn và chạy chậm hơn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="102"/>
        <source>Your instructor&apos;s kit includes a model for this class: {name}.</source>
        <translation>Bộ cài của giảng viên có sẵn một mô hình cho lớp học này: {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="113"/>
        <source>Add the instructor&apos;s prompt pack “{name}” to Practice</source>
        <translation>Thêm gói lời nhắc “{name}” của giảng viên vào Luyện tập</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="125"/>
        <source>Use the starter model</source>
        <translation>Dùng mô hình khởi đầu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="128"/>
        <source>Open a model file…</source>
        <translation>Mở tệp mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="136"/>
        <source>Use the class model</source>
        <translation>Dùng mô hình của lớp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="167"/>
        <source>Open a model file</source>
        <translation>Mở tệp mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="169"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Mô hình GGUF (*.gguf);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="40"/>
        <source>History of “{title}”</source>
        <translation>Lịch sử của “{title}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="43"/>
        <source>Earlier versions</source>
        <translation>Các phiên bản trước</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="45"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="48"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="71"/>
        <source>Versions saved before each change. Restoring keeps the current text too.</source>
        <translation>Mỗi lần sửa, phiên bản cũ đều được lưu lại. Khi khôi phục, nội dung hiện tại vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="73"/>
        <source>This note has no earlier versions yet.</source>
        <translation>Ghi chú này chưa có phiên bản trước.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="82"/>
        <source>The history could not be read: {reason}</source>
        <translation>Không đọc được lịch sử: {reason}</translation>
    </message>
</context>
<context>
    <name>LectureInput</name>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="75"/>
        <source>Lecture text</source>
        <translation>Nội dung bài giảng</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="77"/>
        <source>Paste the lecture here, or drop a .txt or .md file on the page.</source>
        <translation>Dán bài giảng vào đây, hoặc kéo thả tệp .txt hay .md vào trang.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="79"/>
        <source>Open file…</source>
        <translation>Mở tệp…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="83"/>
        <source>Markdown headings</source>
        <translation>Tiêu đề Markdown</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="84"/>
        <source>公文 numbering</source>
        <translation>Đánh số kiểu công văn (公文)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="85"/>
        <source>Cornell</source>
        <translation>Cornell</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="90"/>
        <source>Auto</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="91"/>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="92"/>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="93"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="96"/>
        <source>The language the outline is written in</source>
        <translation>Ngôn ngữ viết dàn ý</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="99"/>
        <source>Lecture</source>
        <translation>Bài giảng</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="105"/>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="106"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="138"/>
        <source>Open lecture</source>
        <translation>Mở bài giảng</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="141"/>
        <source>Lectures (*.txt *.md *.markdown *.srt *.vtt *.docx *.pptx *.pdf);;All files (*)</source>
        <translation>Bài giảng (*.txt *.md *.markdown *.srt *.vtt *.docx *.pptx *.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="147"/>
        <source>Opening {name}…</source>
        <translation>Đang mở {name}…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="163"/>
        <source>Opened {name}.</source>
        <translation>Đã mở {name}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/lecture_input.py" line="208"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n ký tự</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryAskBar</name>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="41"/>
        <source>Use my library</source>
        <translation>Dùng thư viện của tôi</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="43"/>
        <source>Answer from your notes and saved outlines, citing them [1] [2]</source>
        <translation>Trả lời dựa trên ghi chép và dàn ý đã lưu của bạn, có ghi nguồn [1] [2]</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="46"/>
        <source>Course to ask</source>
        <translation>Khóa học để hỏi</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="48"/>
        <source>Lesson to ask</source>
        <translation>Bài học để hỏi</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="50"/>
        <source>Sources of the answer</source>
        <translation>Nguồn của câu trả lời</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="57"/>
        <source>Sources (open one to see the passage):</source>
        <translation>Nguồn (mở một nguồn để xem đoạn gốc):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="134"/>
        <source>All courses</source>
        <translation>Tất cả khóa học</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="147"/>
        <source>All lessons</source>
        <translation>Tất cả bài học</translation>
    </message>
</context>
<context>
    <name>LibraryBridge</name>
    <message>
        <location filename="../ui/controllers/library_bridge.py" line="115"/>
        <source>The notes library is not open.</source>
        <translation>Thư viện ghi chú chưa được mở.</translation>
    </message>
</context>
<context>
    <name>LibrarySidebar</name>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="157"/>
        <source>Search notes (中文, tiếng Việt, English)</source>
        <translation>Tìm ghi chú (中文, tiếng Việt, English)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="158"/>
        <source>Search notes</source>
        <translation>Tìm ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="162"/>
        <location filename="../ui/widgets/library_sidebar.py" line="163"/>
        <source>New note</source>
        <translation>Ghi chú mới</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="169"/>
        <source>Courses, lessons and notes</source>
        <translation>Khóa học, bài học và ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="171"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="292"/>
        <source>Unsorted</source>
        <translation>Chưa phân loại</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="347"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="348"/>
        <source>Outline</source>
        <translation>Dàn ý</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="349"/>
        <source>Chat</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="350"/>
        <source>Practice</source>
        <translation>Luyện tập</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="378"/>
        <source>No notes yet. Click + to write one.</source>
        <translation>Chưa có ghi chú nào. Bấm + để viết.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="384"/>
        <source>The notes could not be listed: {reason}</source>
        <translation>Không liệt kê được ghi chú: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="416"/>
        <source>No notes match “{query}”.</source>
        <translation>Không có ghi chú nào khớp “{query}”.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="436"/>
        <source>The search failed: {reason}</source>
        <translation>Tìm kiếm thất bại: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="80"/>
        <source>Study Assistant</source>
        <translation>Trợ lý học tập</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="101"/>
        <source>Outline</source>
        <translation>Dàn ý</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="102"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>Chat</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="104"/>
        <source>Practice</source>
        <translation>Luyện tập</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="105"/>
        <source>Review</source>
        <translation>Ôn tập</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="165"/>
        <source>New &amp;note</source>
        <translation>&amp;Ghi chú mới</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>&amp;New chat</source>
        <translation>Trò &amp;chuyện mới</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="167"/>
        <source>&amp;Open lecture…</source>
        <translation>&amp;Mở bài giảng…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170"/>
        <source>Open &amp;model…</source>
        <translation>Mở &amp;mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="174"/>
        <source>&amp;Models…</source>
        <translation>&amp;Mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="175"/>
        <source>&amp;Settings…</source>
        <translation>Cài đặ&amp;t…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="177"/>
        <source>&amp;Import prompt pack…</source>
        <translation>&amp;Nhập gói lời nhắc…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178"/>
        <source>&amp;Export prompt pack…</source>
        <translation>&amp;Xuất gói lời nhắc…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="183"/>
        <source>&amp;Presenter mode</source>
        <translation>Chế độ &amp;trình chiếu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="188"/>
        <source>&amp;Library sidebar</source>
        <translation>&amp;Thanh thư viện</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="193"/>
        <source>Show the library (hidden to make room for the page): Ctrl+Shift+L</source>
        <translation>Hiện thư viện (đã ẩn để nhường chỗ cho trang): Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="201"/>
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="202"/>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="225"/>
        <source>the class server</source>
        <translation>máy chủ lớp học</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="332"/>
        <source>The class server&apos;s model is in use</source>
        <translation>Đang dùng mô hình của máy chủ lớp học</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="334"/>
        <source>{name} was not loaded: this app answers with the class server&apos;s model. To use a model file on this computer, clear the class server address in Settings, then open the file again.</source>
        <translation>Chưa nạp {name}: ứng dụng đang trả lời bằng mô hình của máy chủ lớp học. Muốn dùng tệp mô hình trên máy này, hãy xoá địa chỉ máy chủ lớp học trong Cài đặt rồi mở lại tệp.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="410"/>
        <source>The library was repaired</source>
        <translation>Thư viện đã được sửa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="413"/>
        <source>The library cannot be opened</source>
        <translation>Không mở được thư viện</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../ui/widgets/markdown_view.py" line="57"/>
        <source>Open link?</source>
        <translation>Mở liên kết?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/markdown_view.py" line="58"/>
        <source>Open this link in your web browser?

{url}</source>
        <translation>Mở liên kết này trong trình duyệt web?

{url}</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="119"/>
        <location filename="../ui/widgets/model_bar.py" line="127"/>
        <source>No model</source>
        <translation>Chưa có mô hình</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="97"/>
        <source>Open model…</source>
        <translation>Mở mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="98"/>
        <source>Choose a .gguf model file on this computer</source>
        <translation>Chọn một tệp mô hình .gguf trên máy tính này</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="100"/>
        <source>Models…</source>
        <translation>Mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="102"/>
        <source>Models on this computer, downloads, and serving a model to the class</source>
        <translation>Mô hình trên máy này, tải về, và chia sẻ mô hình cho cả lớp</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="85"/>
        <source>No model loaded</source>
        <translation>Chưa tải mô hình</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="142"/>
        <source>Open model</source>
        <translation>Mở mô hình</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="144"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Mô hình GGUF (*.gguf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="153"/>
        <source>Loading {name}…</source>
        <translation>Đang tải {name}…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="163"/>
        <location filename="../ui/widgets/model_bar.py" line="200"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="168"/>
        <source>Failed: {reason} Use File &gt; Open model… to choose a model.</source>
        <translation>Lỗi: {reason} Hãy dùng Tệp &gt; Mở mô hình… để chọn mô hình.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="179"/>
        <source>Generating… {rate:.1f} tok/s</source>
        <translation>Đang tạo… {rate:.1f} token/giây</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="182"/>
        <source>Generating…</source>
        <translation>Đang tạo…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="197"/>
        <source>Ready · last answer {rate:.1f} tok/s</source>
        <translation>Sẵn sàng · lần trả lời trước {rate:.1f} token/giây</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="205"/>
        <source>Failed: {reason}</source>
        <translation>Lỗi: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelLibraryPanel</name>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="78"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="78"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="78"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="78"/>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="78"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="95"/>
        <source>Load</source>
        <translation>Nạp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="96"/>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="97"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="98"/>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="99"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="100"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="110"/>
        <source>Cancel copy</source>
        <translation>Hủy sao chép</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="149"/>
        <source>Looking for models…</source>
        <translation>Đang tìm mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="174"/>
        <source>No models found in {folders}.</source>
        <translation>Không tìm thấy mô hình nào trong {folders}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="176"/>
        <source>{count} model(s)</source>
        <translation>{count} mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="193"/>
        <source>reasoning</source>
        <translation>mô hình suy luận</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="194"/>
        <source>Broken</source>
        <translation>Bị hỏng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="211"/>
        <source>Fits</source>
        <translation>Vừa đủ bộ nhớ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="213"/>
        <source>Tight</source>
        <translation>Hơi chật</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="215"/>
        <source>Won&apos;t fit</source>
        <translation>Không đủ bộ nhớ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="216"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="219"/>
        <source>Needs about {needed} with a {ctx}-token context</source>
        <translation>Cần khoảng {needed} với ngữ cảnh {ctx} token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="223"/>
        <source>{free} free now</source>
        <translation>hiện còn trống {free}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="226"/>
        <source>Fits with a context of up to {ctx} tokens.</source>
        <translation>Chạy được với ngữ cảnh tối đa {ctx} token.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="230"/>
        <source>Too big for this computer even with a small context.</source>
        <translation>Quá lớn cho máy này, kể cả với ngữ cảnh nhỏ.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="251"/>
        <source>Cannot be used: {reason}</source>
        <translation>Không dùng được: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="267"/>
        <location filename="../ui/dialogs/models_dialog.py" line="272"/>
        <source>Import a model</source>
        <translation>Nhập mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="267"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Mô hình GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="275"/>
        <source>Copy {name} into Study Assistant&apos;s models folder, or use it where it is? A model used where it is disappears when its USB stick is removed.</source>
        <translation>Sao chép {name} vào thư mục mô hình của Trợ lý học tập, hay dùng ngay tại chỗ? Mô hình dùng tại chỗ sẽ biến mất khi rút USB.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="279"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="280"/>
        <source>Use where it is</source>
        <translation>Dùng tại chỗ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="305"/>
        <source>Copying {name}…</source>
        <translation>Đang sao chép {name}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="325"/>
        <source>The copy was cancelled; nothing was kept.</source>
        <translation>Đã hủy sao chép; không giữ lại gì.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="319"/>
        <source>Imported {name}.</source>
        <translation>Đã nhập {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="330"/>
        <source>The import failed: {reason}</source>
        <translation>Nhập không thành công: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="356"/>
        <source>Added the folder {folder}.</source>
        <translation>Đã thêm thư mục {folder}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="367"/>
        <location filename="../ui/dialogs/models_dialog.py" line="374"/>
        <source>Rename model</source>
        <translation>Đổi tên mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="367"/>
        <source>New file name:</source>
        <translation>Tên tệp mới:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="389"/>
        <location filename="../ui/dialogs/models_dialog.py" line="403"/>
        <source>Delete model</source>
        <translation>Xóa mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="390"/>
        <source>Delete {name} ({size}) from this computer? This cannot be undone.</source>
        <translation>Xóa {name} ({size}) khỏi máy này? Không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="438"/>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="443"/>
        <source>On this computer</source>
        <translation>Trên máy này</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="444"/>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="445"/>
        <source>Serve to the class</source>
        <translation>Chia sẻ cho cả lớp</translation>
    </message>
</context>
<context>
    <name>NoteExporter</name>
    <message>
        <location filename="../ui/controllers/note_export.py" line="57"/>
        <source>All notes</source>
        <translation>Tất cả ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="59"/>
        <source>Course “{course}”</source>
        <translation>Khóa học “{course}”</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="61"/>
        <source>Markdown folder…</source>
        <translation>Thư mục Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="62"/>
        <source>HTML file…</source>
        <translation>Tệp HTML…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="63"/>
        <source>JSON file…</source>
        <translation>Tệp JSON…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="64"/>
        <source>PDF file…</source>
        <translation>Tệp PDF…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="77"/>
        <source>This note has no course yet: export all notes instead.</source>
        <translation>Ghi chú này chưa thuộc khóa học nào: hãy xuất tất cả ghi chú.</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="33"/>
        <source>Study notes</source>
        <translation>Ghi chú học tập</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="34"/>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="35"/>
        <source>1 note · exported {date}</source>
        <translation>1 ghi chú · xuất ngày {date}</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="36"/>
        <source>{count} notes · exported {date}</source>
        <translation>{count} ghi chú · xuất ngày {date}</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="84"/>
        <source>Export as Markdown into folder</source>
        <translation>Xuất Markdown vào thư mục</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="99"/>
        <source>Export notes</source>
        <translation>Xuất ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="101"/>
        <source>{kind} files (*{suffix})</source>
        <translation>Tệp {kind} (*{suffix})</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="123"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="129"/>
        <location filename="../ui/controllers/note_export.py" line="138"/>
        <source>The export failed: {reason}</source>
        <translation>Xuất thất bại: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="131"/>
        <source>Exported to {path}.</source>
        <translation>Đã xuất ra {path}.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../ui/pages/notes_page.py" line="110"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="110"/>
        <source>Start a new note</source>
        <translation>Viết ghi chú mới</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="112"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="112"/>
        <source>Save the note (Ctrl+S)</source>
        <translation>Lưu ghi chú (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="115"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="115"/>
        <source>Delete this note</source>
        <translation>Xóa ghi chú này</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="118"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="118"/>
        <source>Earlier versions of this note</source>
        <translation>Các phiên bản trước của ghi chú này</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="121"/>
        <source>Make cards</source>
        <translation>Tạo thẻ</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="123"/>
        <source>Review cards from this note: a selection becomes a fill-in-the-gap card; an outline gives its key terms and review questions</source>
        <translation>Tạo thẻ ôn tập từ ghi chép này: đoạn được chọn thành thẻ điền vào chỗ trống; dàn ý cho thẻ thuật ngữ chính và câu hỏi ôn tập</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="129"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="135"/>
        <source>Save state</source>
        <translation>Trạng thái lưu</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="147"/>
        <location filename="../ui/pages/notes_page.py" line="148"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="149"/>
        <location filename="../ui/pages/notes_page.py" line="185"/>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="150"/>
        <location filename="../ui/pages/notes_page.py" line="186"/>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="152"/>
        <source>tag, another tag</source>
        <translation>thẻ, thẻ khác</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="153"/>
        <location filename="../ui/pages/notes_page.py" line="187"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="155"/>
        <source>Note text (Markdown)</source>
        <translation>Nội dung ghi chú (Markdown)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="157"/>
        <source>Write in Markdown: # heading, - list item, **bold**.</source>
        <translation>Viết bằng Markdown: # tiêu đề, - mục danh sách, **chữ đậm**.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="160"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="161"/>
        <source>The preview appears here as you write.</source>
        <translation>Bản xem trước hiện ở đây khi bạn viết.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="215"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="310"/>
        <source>Save the note first, then make cards from it.</source>
        <translation>Hãy lưu ghi chép trước, rồi tạo thẻ từ ghi chép đó.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="338"/>
        <source>Write a title or some text first.</source>
        <translation>Hãy viết tiêu đề hoặc nội dung trước.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="341"/>
        <source>A lesson belongs to a course: choose the course too.</source>
        <translation>Bài học thuộc một khóa học: hãy chọn cả khóa học.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="367"/>
        <source>Delete note</source>
        <translation>Xóa ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="368"/>
        <source>Delete “{title}” and its history? This cannot be undone.</source>
        <translation>Xóa “{title}” cùng lịch sử của nó? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="384"/>
        <source>The note could not be deleted: {reason}</source>
        <translation>Không xóa được ghi chú: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="433"/>
        <source>The version could not be restored: {reason}</source>
        <translation>Không khôi phục được phiên bản: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="479"/>
        <source>The note could not be opened: {reason}</source>
        <translation>Không mở được ghi chú: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="537"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="539"/>
        <source>Draft autosaved {time}</source>
        <translation>Bản nháp đã tự lưu lúc {time}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="541"/>
        <source>Unsaved changes</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="543"/>
        <source>New note</source>
        <translation>Ghi chú mới</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="545"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="578"/>
        <source>The note was not saved: {reason}</source>
        <translation>Ghi chú chưa được lưu: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="584"/>
        <source>Deleted “{title}”.</source>
        <translation>Đã xóa “{title}”.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="593"/>
        <source>The earlier version is back; the text before it is in the history.</source>
        <translation>Đã khôi phục phiên bản trước; nội dung trước đó nằm trong lịch sử.</translation>
    </message>
</context>
<context>
    <name>OutlinePage</name>
    <message>
        <location filename="../ui/pages/outline_page.py" line="135"/>
        <source>Generate</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="136"/>
        <source>Generate the outline (Ctrl+Enter)</source>
        <translation>Tạo dàn ý (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="138"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="139"/>
        <source>Stop (Esc); the outline so far is kept</source>
        <translation>Dừng (Esc); phần dàn ý đã tạo được giữ lại</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="143"/>
        <source>The outline appears here.</source>
        <translation>Dàn ý sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="145"/>
        <source>Outline Markdown</source>
        <translation>Markdown của dàn ý</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="149"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="151"/>
        <source>Edit the outline&apos;s Markdown</source>
        <translation>Sửa Markdown của dàn ý</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="152"/>
        <source>Save to library…</source>
        <translation>Lưu vào thư viện…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="153"/>
        <source>Make cards</source>
        <translation>Tạo thẻ</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="155"/>
        <source>Review cards from the saved outline&apos;s key terms and review questions</source>
        <translation>Tạo thẻ ôn tập từ thuật ngữ chính và câu hỏi ôn tập của dàn ý đã lưu</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="166"/>
        <source>Outline</source>
        <translation>Dàn ý</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="243"/>
        <source>The model is still answering on another page; wait or stop it.</source>
        <translation>Mô hình vẫn đang trả lời ở trang khác; hãy chờ hoặc dừng lại.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="257"/>
        <source>Paste a lecture or open a file first.</source>
        <translation>Hãy dán bài giảng hoặc mở tệp trước.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="284"/>
        <source>Reading the lecture…</source>
        <translation>Đang đọc bài giảng…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="356"/>
        <source>Generating…</source>
        <translation>Đang tạo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="357"/>
        <source>Generating… {rate} tok/s</source>
        <translation>Đang tạo… {rate} token/giây</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="365"/>
        <source>Done in {seconds}.</source>
        <translation>Xong trong {seconds}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="372"/>
        <source>Stopped — the partial outline is kept.</source>
        <translation>Đã dừng — phần dàn ý đã tạo được giữ lại.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="373"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="378"/>
        <source>The model stopped: {reason}</source>
        <translation>Mô hình đã dừng: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="380"/>
        <source>The partial outline is kept.</source>
        <translation>Phần dàn ý đã tạo được giữ lại.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="456"/>
        <source>Waiting for a model…</source>
        <translation>Đang chờ mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="469"/>
        <source>Lecture outline</source>
        <translation>Dàn ý bài giảng</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="506"/>
        <source>Saved to the library.</source>
        <translation>Đã lưu vào thư viện.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="511"/>
        <source>The outline was not saved: {reason}</source>
        <translation>Dàn ý chưa được lưu: {reason}</translation>
    </message>
</context>
<context>
    <name>OutlineProgress</name>
    <message>
        <location filename="../ui/widgets/outline_progress.py" line="119"/>
        <source>Outlining · {elapsed}</source>
        <translation>Đang lập dàn ý · {elapsed}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/outline_progress.py" line="115"/>
        <source>Finishing the outline · {elapsed}</source>
        <translation>Đang hoàn tất dàn ý · {elapsed}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/outline_progress.py" line="117"/>
        <source>Reading the lecture · {elapsed}</source>
        <translation>Đang đọc bài giảng · {elapsed}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/outline_progress.py" line="120"/>
        <source>Part {i} of {n} · {elapsed}</source>
        <translation>Phần {i}/{n} · {elapsed}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/outline_progress.py" line="126"/>
        <source>about {left} left</source>
        <translation>còn khoảng {left}</translation>
    </message>
</context>
<context>
    <name>PackTransfer</name>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="32"/>
        <source>Imported the prompt pack “{name}”.</source>
        <translation>Đã nhập gói lời nhắc “{name}”.</translation>
    </message>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="37"/>
        <source>The prompt pack was not imported: {reason}</source>
        <translation>Chưa nhập được gói lời nhắc: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="52"/>
        <source>Exported the prompt pack to {path}.</source>
        <translation>Đã xuất gói lời nhắc ra {path}.</translation>
    </message>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="59"/>
        <source>Import prompt pack</source>
        <translation>Nhập gói lời nhắc</translation>
    </message>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="59"/>
        <location filename="../ui/controllers/pack_transfer.py" line="70"/>
        <source>Prompt packs (*.json)</source>
        <translation>Gói lời nhắc (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="68"/>
        <source>Export prompt pack</source>
        <translation>Xuất gói lời nhắc</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../ui/pages/practice_page.py" line="106"/>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="107"/>
        <source>Send the prompt to the model (Ctrl+Enter)</source>
        <translation>Gửi lời nhắc cho mô hình (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="108"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="109"/>
        <source>Critique</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="145"/>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="144"/>
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="111"/>
        <source>The model proposes a sentence for each missing part; you keep or edit them</source>
        <translation>Mô hình đề xuất một câu cho mỗi phần còn thiếu; bạn giữ lại hoặc sửa</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="146"/>
        <source>Side by side</source>
        <translation>So sánh song song</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="147"/>
        <source>Progress</source>
        <translation>Tiến bộ</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="324"/>
        <source>Stopped before the model wrote anything.</source>
        <translation>Đã dừng trước khi mô hình viết gì.</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="334"/>
        <source>Write prompt B first (or copy prompt A and change it).</source>
        <translation>Hãy viết lời nhắc B trước (hoặc chép lời nhắc A rồi sửa).</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="261"/>
        <location filename="../ui/pages/practice_page.py" line="338"/>
        <source>temperature {t}, seed {seed}</source>
        <translation>nhiệt độ {t}, hạt giống {seed}</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="353"/>
        <source>Write a prompt first.</source>
        <translation>Hãy viết lời nhắc trước.</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="356"/>
        <source>Wait for the model to load, or open one (File menu).</source>
        <translation>Hãy chờ mô hình tải xong, hoặc mở một mô hình (menu Tệp).</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="297"/>
        <location filename="../ui/pages/practice_page.py" line="381"/>
        <source>Asking the model…</source>
        <translation>Đang hỏi mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="393"/>
        <source>Stopped; the answer so far is kept.</source>
        <translation>Đã dừng; phần trả lời đã có được giữ lại.</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="400"/>
        <location filename="../ui/pages/practice_page.py" line="402"/>
        <location filename="../ui/pages/practice_page.py" line="409"/>
        <source>The model stopped: {reason}</source>
        <translation>Mô hình đã dừng: {reason}</translation>
    </message>
</context>
<context>
    <name>PracticeProgressView</name>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="29"/>
        <source>Your name (optional, for a shared computer)</source>
        <translation>Tên của bạn (không bắt buộc, khi dùng chung máy)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="34"/>
        <location filename="../ui/widgets/practice_progress.py" line="42"/>
        <source>Framework</source>
        <translation>Khung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="35"/>
        <source>Attempts</source>
        <translation>Số lần</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="36"/>
        <source>Average</source>
        <translation>Điểm trung bình</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="37"/>
        <source>Best</source>
        <translation>Cao nhất</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="38"/>
        <source>Last</source>
        <translation>Lần gần nhất</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="42"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="42"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="42"/>
        <source>Prompt</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="45"/>
        <source>Trainee:</source>
        <translation>Học viên:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="51"/>
        <source>By framework</source>
        <translation>Theo khung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="53"/>
        <source>Latest attempts</source>
        <translation>Các lần thử gần đây</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/practice_progress.py" line="76"/>
        <source>%n scored attempt(s); average score {average}, best {best}.</source>
        <translation>
            <numerusform>%n lần thử đã chấm điểm; điểm trung bình {average}, cao nhất {best}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="83"/>
        <source>No attempts yet: check or run a prompt and it is saved here.</source>
        <translation>Chưa có lần thử nào: chạy một lời nhắc và kết quả sẽ được lưu ở đây.</translation>
    </message>
</context>
<context>
    <name>PromptComposer</name>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="31"/>
        <source>en</source>
        <comment>Language code of the practice content for this translation: zh, vi or en.</comment>
        <translation>vi</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="61"/>
        <source>Exercise</source>
        <translation>Bài tập</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="63"/>
        <source>Framework</source>
        <translation>Khung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="83"/>
        <source>Prompt</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="85"/>
        <source>Write your prompt here; the feedback updates as you type.</source>
        <translation>Viết lời nhắc ở đây; phản hồi cập nhật ngay khi bạn gõ.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="87"/>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="88"/>
        <source>Free text</source>
        <translation>Viết tự do</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="92"/>
        <source>Exercise:</source>
        <translation>Bài tập:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="94"/>
        <source>Framework:</source>
        <translation>Khung:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="118"/>
        <source>Free practice (no exercise)</source>
        <translation>Luyện tự do (không chọn bài tập)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="121"/>
        <source>Best fit (auto)</source>
        <translation>Tự chọn khung phù hợp nhất</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="208"/>
        <source>Write any prompt, or pick an exercise for a scenario to practise on.</source>
        <translation>Viết lời nhắc bất kỳ, hoặc chọn một bài tập để luyện theo tình huống.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="212"/>
        <source>A good prompt has:</source>
        <translation>Một lời nhắc tốt có:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="225"/>
        <source>Choose a framework above to fill in its form.</source>
        <translation>Chọn một khung ở trên để điền theo biểu mẫu.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/pages/review_page.py" line="109"/>
        <source>Courses with cards due</source>
        <translation>Khóa học có thẻ đến hạn</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="113"/>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="115"/>
        <source>Answer</source>
        <translation>Đáp án</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="122"/>
        <source>Type your answer (optional), then Enter</source>
        <translation>Gõ câu trả lời của bạn (không bắt buộc), rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="128"/>
        <source>The model&apos;s check of your answer</source>
        <translation>Mô hình kiểm tra câu trả lời của bạn</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="129"/>
        <source>Show answer (Space)</source>
        <translation>Xem đáp án (Space)</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="131"/>
        <source>Again</source>
        <translation>Lại</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="131"/>
        <source>Hard</source>
        <translation>Khó</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="131"/>
        <source>Good</source>
        <translation>Được</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="131"/>
        <source>Easy</source>
        <translation>Dễ</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="208"/>
        <source>Covered {share}. Missing: {parts}</source>
        <translation>Đã có {share}. Còn thiếu: {parts}</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="212"/>
        <source>Covered {share}: nothing important is missing.</source>
        <translation>Đã có {share}: không thiếu ý quan trọng nào.</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="239"/>
        <source>The model is checking your answer…</source>
        <translation>Mô hình đang kiểm tra câu trả lời của bạn…</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="248"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="255"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="269"/>
        <source>The rating was not saved: {reason}</source>
        <translation>Chưa lưu được đánh giá: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="299"/>
        <source>All courses ({n})</source>
        <translation>Tất cả khóa học ({n})</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="302"/>
        <source>{course} ({n})</source>
        <translation>{course} ({n})</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="317"/>
        <source>Today: {done} reviewed · {left} due</source>
        <translation>Hôm nay: đã ôn {done} thẻ · còn {left} thẻ đến hạn</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="328"/>
        <source>No cards are due. Make cards on the Outline or Notes page.</source>
        <translation>Không có thẻ nào đến hạn. Hãy tạo thẻ ở trang Dàn ý hoặc Ghi chép.</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="339"/>
        <source>From {title} (the note was deleted)</source>
        <translation>Từ “{title}” (ghi chép đã bị xóa)</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="342"/>
        <source>From {title}</source>
        <translation>Từ “{title}”</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="382"/>
        <source>The library failed: {reason}</source>
        <translation>Thư viện gặp lỗi: {reason}</translation>
    </message>
</context>
<context>
    <name>SaveOutlineDialog</name>
    <message>
        <location filename="../ui/dialogs/save_dialog.py" line="55"/>
        <source>Save outline to library</source>
        <translation>Lưu dàn ý vào thư viện</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/save_dialog.py" line="69"/>
        <source>&amp;Course:</source>
        <translation>&amp;Khóa học:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/save_dialog.py" line="70"/>
        <source>&amp;Lesson:</source>
        <translation>&amp;Bài học:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/save_dialog.py" line="71"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
</context>
<context>
    <name>ServePanel</name>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="55"/>
        <source>Share one model with the whole class: trainees enter the address and key below in Settings (Model, Class server) and ask this computer instead of their own.</source>
        <translation>Chia sẻ một mô hình cho cả lớp: học viên nhập địa chỉ và khóa dưới đây vào Cài đặt (Mô hình, Máy chủ lớp học) và hỏi máy này thay vì máy của mình.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="62"/>
        <source>The classroom network</source>
        <translation>Mạng lớp học</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="63"/>
        <source>This computer only</source>
        <translation>Chỉ máy này</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="68"/>
        <source>New key</source>
        <translation>Khóa mới</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="77"/>
        <source>Who can connect:</source>
        <translation>Ai được kết nối:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="78"/>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="79"/>
        <source>API key:</source>
        <translation>Khóa API:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="80"/>
        <source>Answers at the same time:</source>
        <translation>Số câu trả lời cùng lúc:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="82"/>
        <location filename="../ui/widgets/serve_panel.py" line="195"/>
        <location filename="../ui/widgets/serve_panel.py" line="210"/>
        <source>Start serving</source>
        <translation>Bắt đầu chia sẻ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="84"/>
        <location filename="../ui/widgets/serve_panel.py" line="207"/>
        <source>Not serving.</source>
        <translation>Chưa chia sẻ.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="150"/>
        <source>Starting…</source>
        <translation>Đang khởi động…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="152"/>
        <source>Starting the class server with {model}…</source>
        <translation>Đang khởi động máy chủ lớp học với {model}…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="153"/>
        <source>the starter model</source>
        <translation>mô hình khởi đầu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="164"/>
        <source>Address: {urls}
API key: {key}</source>
        <translation>Địa chỉ: {urls}
Khóa API: {key}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="169"/>
        <source>llama.cpp&apos;s llama-server</source>
        <translation>llama-server của llama.cpp</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="171"/>
        <source>Writes {n} answers at the same time; more questions wait their turn. On a 2-core computer with the starter model, 16 trainees asking at once all got answers.</source>
        <translation>Viết {n} câu trả lời cùng lúc; các câu hỏi khác xếp hàng chờ. Trên máy 2 nhân với mô hình khởi đầu, 16 học viên hỏi cùng lúc đều nhận được câu trả lời.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="176"/>
        <source>llama-cpp-python&apos;s server</source>
        <translation>máy chủ của llama-cpp-python</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="178"/>
        <source>Writes one answer at a time; the others wait their turn and none is dropped. On a 2-core computer with the starter model, with 16 trainees asking at once the last ones waited about half a minute for the first words. Install llama.cpp&apos;s llama-server for parallel answers (see the README).</source>
        <translation>Mỗi lần chỉ viết một câu trả lời; các câu hỏi khác xếp hàng chờ, không câu nào bị bỏ. Trên máy 2 nhân với mô hình khởi đầu, khi 16 học viên hỏi cùng lúc, những người cuối chờ khoảng nửa phút mới thấy chữ đầu tiên. Cài llama-server của llama.cpp để trả lời nhiều người cùng lúc (xem README).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="184"/>
        <source>Serving {model} with {kind}.</source>
        <translation>Đang chia sẻ {model} bằng {kind}.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="187"/>
        <source>Stop serving</source>
        <translation>Dừng chia sẻ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="193"/>
        <source>The class server did not start: {reason}</source>
        <translation>Máy chủ lớp học không khởi động được: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="61"/>
        <source>There is no file at {path}. Check the path or use Browse…</source>
        <translation>Không có tệp nào ở {path}. Hãy kiểm tra đường dẫn hoặc bấm Duyệt…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="65"/>
        <source>{path} is a folder. Choose a .gguf model file.</source>
        <translation>{path} là thư mục. Hãy chọn một tệp mô hình .gguf.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="69"/>
        <source>{name} is not a .gguf model file.</source>
        <translation>{name} không phải tệp mô hình .gguf.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="141"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="150"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="151"/>
        <source>Answers</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="152"/>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="153"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="159"/>
        <source>Language, font size and theme change as soon as you press OK; what you typed stays. The model, threads, context size and GPU layers apply the next time a model is loaded.</source>
        <translation>Ngôn ngữ, cỡ chữ và giao diện thay đổi ngay khi bạn bấm OK; những gì bạn đã gõ vẫn được giữ nguyên. Mô hình, số luồng, kích thước ngữ cảnh và số lớp GPU có hiệu lực ở lần tải mô hình tiếp theo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="199"/>
        <source>Empty: use the built-in starter model</source>
        <translation>Để trống: dùng mô hình khởi đầu có sẵn</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="202"/>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="211"/>
        <source>Model file:</source>
        <translation>Tệp mô hình:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="215"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="217"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="227"/>
        <source>Model folders:</source>
        <translation>Thư mục mô hình:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="229"/>
        <source>Study Assistant also looks for .gguf files in these folders.</source>
        <translation>Trợ lý học tập cũng tìm tệp .gguf trong các thư mục này.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="235"/>
        <source>Automatic ({cores} cores)</source>
        <translation>Tự động ({cores} nhân)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="237"/>
        <source>Threads:</source>
        <translation>Số luồng:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="239"/>
        <source>More threads than this computer&apos;s cores usually makes it slower.</source>
        <translation>Dùng nhiều luồng hơn số nhân của máy thường làm chậm hơn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="243"/>
        <source>Automatic (the model&apos;s own, at most 8192)</source>
        <translation>Tự động (theo mô hình, tối đa 8192)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="245"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="377"/>
        <source>{size} tokens</source>
        <translation>{size} token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="246"/>
        <source>Context size:</source>
        <translation>Kích thước ngữ cảnh:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="248"/>
        <source>A bigger context holds longer texts but needs more memory.</source>
        <translation>Ngữ cảnh lớn hơn chứa được văn bản dài hơn nhưng cần nhiều bộ nhớ hơn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="253"/>
        <source>GPU layers:</source>
        <translation>Số lớp GPU:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="254"/>
        <source>0 = CPU only, the right choice without a graphics card.</source>
        <translation>0 = chỉ dùng CPU, lựa chọn đúng khi máy không có card đồ họa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="257"/>
        <source>Empty: use the model on this computer</source>
        <translation>Để trống: dùng mô hình trên máy này</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="259"/>
        <source>Class server:</source>
        <translation>Máy chủ lớp học:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="261"/>
        <source>API key:</source>
        <translation>Khóa API:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="266"/>
        <source>The address (e.g. http://192.168.1.20:8765/v1) and key your instructor shows. Applies the next time Study Assistant starts.</source>
        <translation>Địa chỉ (ví dụ http://192.168.1.20:8765/v1) và khóa do giảng viên cung cấp. Có hiệu lực từ lần khởi động Trợ lý học tập tiếp theo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="282"/>
        <source>Automatic (0.6 for DeepSeek-R1 models, 0.7 for others)</source>
        <translation>Tự động (0.6 cho mô hình DeepSeek-R1, 0.7 cho mô hình khác)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="286"/>
        <source>Temperature:</source>
        <translation>Nhiệt độ:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="289"/>
        <source>Lower gives focused, repeatable answers; higher gives varied ones.</source>
        <translation>Thấp cho câu trả lời tập trung, ổn định; cao cho câu trả lời đa dạng.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="296"/>
        <source>Automatic (0.95)</source>
        <translation>Tự động (0.95)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="298"/>
        <source>Top p:</source>
        <translation>Top p:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="301"/>
        <source>The model picks only among the likeliest words that add up to this.</source>
        <translation>Mô hình chỉ chọn trong các từ có khả năng cao nhất, cộng dồn đến ngưỡng này.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="307"/>
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="308"/>
        <source>Longest answer (tokens):</source>
        <translation>Câu trả lời dài nhất (token):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="309"/>
        <source>0 = no limit: the answer ends when the model is done.</source>
        <translation>0 = không giới hạn: câu trả lời kết thúc khi mô hình viết xong.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="316"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="319"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="323"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="324"/>
        <source>Font size:</source>
        <translation>Cỡ chữ:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="327"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="328"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="329"/>
        <source>Theme:</source>
        <translation>Giao diện:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="340"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="354"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="345"/>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="349"/>
        <source>Your notes, chats, settings, backups and imported models are kept here.</source>
        <translation>Ghi chú, cuộc trò chuyện, cài đặt, bản sao lưu và mô hình đã nhập được lưu ở đây.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="359"/>
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="360"/>
        <source>If something goes wrong, the details are in this file.</source>
        <translation>Khi có sự cố, chi tiết được ghi trong tệp này.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="454"/>
        <source>Choose a model file</source>
        <translation>Chọn tệp mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="456"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Mô hình GGUF (*.gguf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="468"/>
        <source>Add a model folder</source>
        <translation>Thêm thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="488"/>
        <source>Could not open {folder}. Open it in your file manager.</source>
        <translation>Không mở được {folder}. Hãy mở bằng trình quản lý tệp.</translation>
    </message>
</context>
<context>
    <name>ThinkingPanel</name>
    <message>
        <location filename="../ui/widgets/thinking_panel.py" line="37"/>
        <source>Model reasoning</source>
        <translation>Suy luận của mô hình</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/thinking_panel.py" line="137"/>
        <source>Thinking (%n s)</source>
        <translation>
            <numerusform>Đang suy nghĩ (%n giây)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="180"/>
        <source>Something went wrong and that action was stopped. The details are in the log file {log}.</source>
        <translation>Đã có lỗi và thao tác đó đã dừng. Chi tiết nằm trong tệp nhật ký {log}.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/pages/outline_page.py" line="62"/>
        <source>Replace the edited outline?</source>
        <translation>Thay dàn ý đã sửa?</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="63"/>
        <source>You edited the outline and did not save it. Generate a new one anyway?</source>
        <translation>Bạn đã sửa dàn ý nhưng chưa lưu. Vẫn tạo dàn ý mới?</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="72"/>
        <source>Replace the outline?</source>
        <translation>Thay dàn ý?</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="73"/>
        <source>The outline has not been saved to the library. Generate a new one anyway?</source>
        <translation>Dàn ý này chưa được lưu vào thư viện. Vẫn tạo dàn ý mới?</translation>
    </message>
</context>
</TS>
