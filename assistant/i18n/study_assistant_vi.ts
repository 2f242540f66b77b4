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
        <location filename="../ui/app.py" line="113"/>
        <source>Chinese text cannot be shown</source>
        <translation>Không hiển thị được chữ Hán</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="114"/>
        <source>No font on this computer can show Chinese characters, so they would appear as boxes. Install a Chinese font, for example on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk. Windows and macOS include one already.</source>
        <translation>Máy tính này không có phông chữ hiển thị được chữ Hán nên chúng sẽ hiện thành ô vuông. Hãy cài một phông chữ tiếng Trung, ví dụ trên Debian hoặc Ubuntu: sudo apt-get install fonts-noto-cjk. Windows và macOS đã có sẵn.</translation>
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
        <location filename="../ui/pages/chat_page.py" line="114"/>
        <source>Ask the model anything. Everything stays on this computer.</source>
        <translation>Hãy hỏi mô hình bất cứ điều gì. Mọi thứ chỉ lưu trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="138"/>
        <source>Your message</source>
        <translation>Tin nhắn của bạn</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="139"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="140"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Gửi (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="141"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="142"/>
        <source>Stop the answer (Esc); the text so far is kept</source>
        <translation>Dừng trả lời (Esc); phần đã viết được giữ lại</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="213"/>
        <location filename="../ui/pages/chat_page.py" line="460"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="252"/>
        <source>Answer copied.</source>
        <translation>Đã sao chép câu trả lời.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="314"/>
        <source>The model could not be loaded: {reason}</source>
        <translation>Không tải được mô hình: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="317"/>
        <source>Use File &gt; Open model… to choose a .gguf model file.</source>
        <translation>Hãy dùng Tệp &gt; Mở mô hình… để chọn một tệp mô hình .gguf.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="348"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="349"/>
        <source>The answer reached its length limit.</source>
        <translation>Câu trả lời đã đạt giới hạn độ dài.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="365"/>
        <source>The model stopped: {reason}</source>
        <translation>Mô hình đã dừng: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="384"/>
        <location filename="../ui/pages/chat_page.py" line="463"/>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="479"/>
        <source>Saved as a note.</source>
        <translation>Đã lưu thành ghi chú.</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="483"/>
        <source>The chat library failed: {reason}</source>
        <translation>Lỗi lưu trữ cuộc trò chuyện: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="523"/>
        <source>Type a question (Ctrl+Enter sends)</source>
        <translation>Nhập câu hỏi (Ctrl+Enter để gửi)</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="525"/>
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
        <location filename="../ui/controllers/engine_bridge.py" line="350"/>
        <source>The answer ended without a reason.</source>
        <translation>Câu trả lời kết thúc bất thường.</translation>
    </message>
    <message>
        <location filename="../ui/tasks/task.py" line="49"/>
        <source>An unexpected error ({kind}) occurred; the log file has the details.</source>
        <translation>Đã xảy ra lỗi không mong muốn ({kind}); xem chi tiết trong tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../ui/controllers/engine_bridge.py" line="160"/>
        <source>the starter model</source>
        <translation>mô hình khởi đầu</translation>
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
        <location filename="../ui/widgets/lecture_input.py" line="76"/>
        <source>Lecture text</source>
        <translation>Nội dung bài giảng</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="78"/>
        <source>Paste the lecture here, or drop a .txt or .md file on the page.</source>
        <translation>Dán bài giảng vào đây, hoặc kéo thả tệp .txt hay .md vào trang.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="80"/>
        <source>Open file…</source>
        <translation>Mở tệp…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="84"/>
        <source>Markdown headings</source>
        <translation>Tiêu đề Markdown</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="85"/>
        <source>公文 numbering</source>
        <translation>Đánh số kiểu công văn (公文)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="86"/>
        <source>Cornell</source>
        <translation>Cornell</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="91"/>
        <source>Auto</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="92"/>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="93"/>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="94"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="97"/>
        <source>The language the outline is written in</source>
        <translation>Ngôn ngữ viết dàn ý</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="100"/>
        <source>Lecture</source>
        <translation>Bài giảng</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="106"/>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="107"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="139"/>
        <source>Open lecture</source>
        <translation>Mở bài giảng</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="142"/>
        <source>Lectures (*.txt *.md *.markdown *.srt *.vtt *.docx *.pptx *.pdf);;All files (*)</source>
        <translation>Bài giảng (*.txt *.md *.markdown *.srt *.vtt *.docx *.pptx *.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="148"/>
        <source>Opening {name}…</source>
        <translation>Đang mở {name}…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="164"/>
        <source>Opened {name}.</source>
        <translation>Đã mở {name}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/lecture_input.py" line="210"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n ký tự</numerusform>
        </translation>
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
        <location filename="../ui/main_window.py" line="100"/>
        <source>Outline</source>
        <translation>Dàn ý</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="101"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="102"/>
        <source>Chat</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>Practice</source>
        <translation>Luyện tập</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="160"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="161"/>
        <source>New &amp;note</source>
        <translation>&amp;Ghi chú mới</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="162"/>
        <source>&amp;New chat</source>
        <translation>Trò &amp;chuyện mới</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="163"/>
        <source>&amp;Open lecture…</source>
        <translation>&amp;Mở bài giảng…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>Open &amp;model…</source>
        <translation>Mở &amp;mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170"/>
        <source>&amp;Models…</source>
        <translation>&amp;Mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>&amp;Settings…</source>
        <translation>Cài đặ&amp;t…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="173"/>
        <source>&amp;Import prompt pack…</source>
        <translation>&amp;Nhập gói lời nhắc…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="174"/>
        <source>&amp;Export prompt pack…</source>
        <translation>&amp;Xuất gói lời nhắc…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="177"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="179"/>
        <source>&amp;Presenter mode</source>
        <translation>Chế độ &amp;trình chiếu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="184"/>
        <source>&amp;Library sidebar</source>
        <translation>&amp;Thanh thư viện</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="189"/>
        <source>Show the library (hidden to make room for the page): Ctrl+Shift+L</source>
        <translation>Hiện thư viện (đã ẩn để nhường chỗ cho trang): Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="197"/>
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="221"/>
        <source>the class server</source>
        <translation>máy chủ lớp học</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="328"/>
        <source>The class server&apos;s model is in use</source>
        <translation>Đang dùng mô hình của máy chủ lớp học</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="330"/>
        <source>{name} was not loaded: this app answers with the class server&apos;s model. To use a model file on this computer, clear the class server address in Settings, then open the file again.</source>
        <translation>Chưa nạp {name}: ứng dụng đang trả lời bằng mô hình của máy chủ lớp học. Muốn dùng tệp mô hình trên máy này, hãy xoá địa chỉ máy chủ lớp học trong Cài đặt rồi mở lại tệp.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="402"/>
        <source>The library was repaired</source>
        <translation>Thư viện đã được sửa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="405"/>
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
        <location filename="../ui/widgets/model_bar.py" line="113"/>
        <source>No model</source>
        <translation>Chưa có mô hình</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="91"/>
        <source>Open model…</source>
        <translation>Mở mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="92"/>
        <source>Choose a .gguf model file on this computer</source>
        <translation>Chọn một tệp mô hình .gguf trên máy tính này</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="94"/>
        <source>Models…</source>
        <translation>Mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="96"/>
        <source>Models on this computer, downloads, and serving a model to the class</source>
        <translation>Mô hình trên máy này, tải về, và chia sẻ mô hình cho cả lớp</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="114"/>
        <source>No model loaded</source>
        <translation>Chưa tải mô hình</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="124"/>
        <source>Open model</source>
        <translation>Mở mô hình</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="126"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Mô hình GGUF (*.gguf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="135"/>
        <source>Loading {name}…</source>
        <translation>Đang tải {name}…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="144"/>
        <location filename="../ui/widgets/model_bar.py" line="178"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="149"/>
        <source>Failed: {reason} Use File &gt; Open model… to choose a model.</source>
        <translation>Lỗi: {reason} Hãy dùng Tệp &gt; Mở mô hình… để chọn mô hình.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="159"/>
        <source>Generating… {rate:.1f} tok/s</source>
        <translation>Đang tạo… {rate:.1f} token/giây</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="161"/>
        <source>Generating…</source>
        <translation>Đang tạo…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="176"/>
        <source>Ready · last answer {rate:.1f} tok/s</source>
        <translation>Sẵn sàng · lần trả lời trước {rate:.1f} token/giây</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="184"/>
        <source>Failed: {reason}</source>
        <translation>Lỗi: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelLibraryPanel</name>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="73"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="73"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="73"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="73"/>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="73"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="90"/>
        <source>Load</source>
        <translation>Nạp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="91"/>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="92"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="93"/>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="94"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="95"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="105"/>
        <source>Cancel copy</source>
        <translation>Hủy sao chép</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="144"/>
        <source>Looking for models…</source>
        <translation>Đang tìm mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="169"/>
        <source>No models found in {folders}.</source>
        <translation>Không tìm thấy mô hình nào trong {folders}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="171"/>
        <source>{count} model(s)</source>
        <translation>{count} mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="188"/>
        <source>reasoning</source>
        <translation>mô hình suy luận</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="189"/>
        <source>Broken</source>
        <translation>Bị hỏng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="206"/>
        <source>Fits</source>
        <translation>Vừa đủ bộ nhớ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="208"/>
        <source>Tight</source>
        <translation>Hơi chật</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="210"/>
        <source>Won&apos;t fit</source>
        <translation>Không đủ bộ nhớ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="211"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="214"/>
        <source>Needs about {needed} with a {ctx}-token context</source>
        <translation>Cần khoảng {needed} với ngữ cảnh {ctx} token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="218"/>
        <source>{free} free now</source>
        <translation>hiện còn trống {free}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="221"/>
        <source>Fits with a context of up to {ctx} tokens.</source>
        <translation>Chạy được với ngữ cảnh tối đa {ctx} token.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="225"/>
        <source>Too big for this computer even with a small context.</source>
        <translation>Quá lớn cho máy này, kể cả với ngữ cảnh nhỏ.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="245"/>
        <source>Cannot be used: {reason}</source>
        <translation>Không dùng được: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="260"/>
        <location filename="../ui/dialogs/models_dialog.py" line="265"/>
        <source>Import a model</source>
        <translation>Nhập mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="260"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Mô hình GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="268"/>
        <source>Copy {name} into Study Assistant&apos;s models folder, or use it where it is? A model used where it is disappears when its USB stick is removed.</source>
        <translation>Sao chép {name} vào thư mục mô hình của Trợ lý học tập, hay dùng ngay tại chỗ? Mô hình dùng tại chỗ sẽ biến mất khi rút USB.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="272"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="273"/>
        <source>Use where it is</source>
        <translation>Dùng tại chỗ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="298"/>
        <source>Copying {name}…</source>
        <translation>Đang sao chép {name}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="318"/>
        <source>The copy was cancelled; nothing was kept.</source>
        <translation>Đã hủy sao chép; không giữ lại gì.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="312"/>
        <source>Imported {name}.</source>
        <translation>Đã nhập {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="323"/>
        <source>The import failed: {reason}</source>
        <translation>Nhập không thành công: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="349"/>
        <source>Added the folder {folder}.</source>
        <translation>Đã thêm thư mục {folder}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="360"/>
        <location filename="../ui/dialogs/models_dialog.py" line="367"/>
        <source>Rename model</source>
        <translation>Đổi tên mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="360"/>
        <source>New file name:</source>
        <translation>Tên tệp mới:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="382"/>
        <location filename="../ui/dialogs/models_dialog.py" line="396"/>
        <source>Delete model</source>
        <translation>Xóa mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="383"/>
        <source>Delete {name} ({size}) from this computer? This cannot be undone.</source>
        <translation>Xóa {name} ({size}) khỏi máy này? Không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="431"/>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="436"/>
        <source>On this computer</source>
        <translation>Trên máy này</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="437"/>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="438"/>
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
        <location filename="../ui/pages/notes_page.py" line="106"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="106"/>
        <source>Start a new note</source>
        <translation>Viết ghi chú mới</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="108"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="108"/>
        <source>Save the note (Ctrl+S)</source>
        <translation>Lưu ghi chú (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="111"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="111"/>
        <source>Delete this note</source>
        <translation>Xóa ghi chú này</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="114"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="114"/>
        <source>Earlier versions of this note</source>
        <translation>Các phiên bản trước của ghi chú này</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="117"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="123"/>
        <source>Save state</source>
        <translation>Trạng thái lưu</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="135"/>
        <location filename="../ui/pages/notes_page.py" line="136"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="137"/>
        <location filename="../ui/pages/notes_page.py" line="172"/>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="138"/>
        <location filename="../ui/pages/notes_page.py" line="173"/>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="140"/>
        <source>tag, another tag</source>
        <translation>thẻ, thẻ khác</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="141"/>
        <location filename="../ui/pages/notes_page.py" line="174"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="143"/>
        <source>Note text (Markdown)</source>
        <translation>Nội dung ghi chú (Markdown)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="145"/>
        <source>Write in Markdown: # heading, - list item, **bold**.</source>
        <translation>Viết bằng Markdown: # tiêu đề, - mục danh sách, **chữ đậm**.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="148"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="149"/>
        <source>The preview appears here as you write.</source>
        <translation>Bản xem trước hiện ở đây khi bạn viết.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="202"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="293"/>
        <source>Write a title or some text first.</source>
        <translation>Hãy viết tiêu đề hoặc nội dung trước.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="296"/>
        <source>A lesson belongs to a course: choose the course too.</source>
        <translation>Bài học thuộc một khóa học: hãy chọn cả khóa học.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="322"/>
        <source>Delete note</source>
        <translation>Xóa ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="323"/>
        <source>Delete “{title}” and its history? This cannot be undone.</source>
        <translation>Xóa “{title}” cùng lịch sử của nó? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="339"/>
        <source>The note could not be deleted: {reason}</source>
        <translation>Không xóa được ghi chú: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="388"/>
        <source>The version could not be restored: {reason}</source>
        <translation>Không khôi phục được phiên bản: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="433"/>
        <source>The note could not be opened: {reason}</source>
        <translation>Không mở được ghi chú: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="491"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="493"/>
        <source>Draft autosaved {time}</source>
        <translation>Bản nháp đã tự lưu lúc {time}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="495"/>
        <source>Unsaved changes</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="497"/>
        <source>New note</source>
        <translation>Ghi chú mới</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="499"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="532"/>
        <source>The note was not saved: {reason}</source>
        <translation>Ghi chú chưa được lưu: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="538"/>
        <source>Deleted “{title}”.</source>
        <translation>Đã xóa “{title}”.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="547"/>
        <source>The earlier version is back; the text before it is in the history.</source>
        <translation>Đã khôi phục phiên bản trước; nội dung trước đó nằm trong lịch sử.</translation>
    </message>
</context>
<context>
    <name>OutlinePage</name>
    <message>
        <location filename="../ui/pages/outline_page.py" line="132"/>
        <source>Generate</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="133"/>
        <source>Generate the outline (Ctrl+Enter)</source>
        <translation>Tạo dàn ý (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="135"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="136"/>
        <source>Stop (Esc); the outline so far is kept</source>
        <translation>Dừng (Esc); phần dàn ý đã tạo được giữ lại</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="140"/>
        <source>The outline appears here.</source>
        <translation>Dàn ý sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="142"/>
        <source>Outline Markdown</source>
        <translation>Markdown của dàn ý</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="146"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="148"/>
        <source>Edit the outline&apos;s Markdown</source>
        <translation>Sửa Markdown của dàn ý</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="149"/>
        <source>Save to library…</source>
        <translation>Lưu vào thư viện…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="158"/>
        <source>Outline</source>
        <translation>Dàn ý</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="233"/>
        <source>The model is still answering on another page; wait or stop it.</source>
        <translation>Mô hình vẫn đang trả lời ở trang khác; hãy chờ hoặc dừng lại.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="247"/>
        <source>Paste a lecture or open a file first.</source>
        <translation>Hãy dán bài giảng hoặc mở tệp trước.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="274"/>
        <source>Reading the lecture…</source>
        <translation>Đang đọc bài giảng…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="346"/>
        <source>Generating…</source>
        <translation>Đang tạo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="347"/>
        <source>Generating… {rate} tok/s</source>
        <translation>Đang tạo… {rate} token/giây</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="355"/>
        <source>Done in {seconds}.</source>
        <translation>Xong trong {seconds}.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="362"/>
        <source>Stopped — the partial outline is kept.</source>
        <translation>Đã dừng — phần dàn ý đã tạo được giữ lại.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="363"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="368"/>
        <source>The model stopped: {reason}</source>
        <translation>Mô hình đã dừng: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="370"/>
        <source>The partial outline is kept.</source>
        <translation>Phần dàn ý đã tạo được giữ lại.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="444"/>
        <source>Waiting for a model…</source>
        <translation>Đang chờ mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="459"/>
        <source>Lecture outline</source>
        <translation>Dàn ý bài giảng</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="492"/>
        <source>Saved to the library.</source>
        <translation>Đã lưu vào thư viện.</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="497"/>
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
        <location filename="../ui/pages/practice_page.py" line="105"/>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="106"/>
        <source>Send the prompt to the model (Ctrl+Enter)</source>
        <translation>Gửi lời nhắc cho mô hình (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="107"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="108"/>
        <source>Critique</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="144"/>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="143"/>
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="110"/>
        <source>The model proposes a sentence for each missing part; you keep or edit them</source>
        <translation>Mô hình đề xuất một câu cho mỗi phần còn thiếu; bạn giữ lại hoặc sửa</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="145"/>
        <source>Side by side</source>
        <translation>So sánh song song</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="146"/>
        <source>Progress</source>
        <translation>Tiến bộ</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="323"/>
        <source>Stopped before the model wrote anything.</source>
        <translation>Đã dừng trước khi mô hình viết gì.</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="333"/>
        <source>Write prompt B first (or copy prompt A and change it).</source>
        <translation>Hãy viết lời nhắc B trước (hoặc chép lời nhắc A rồi sửa).</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="260"/>
        <location filename="../ui/pages/practice_page.py" line="337"/>
        <source>temperature {t}, seed {seed}</source>
        <translation>nhiệt độ {t}, hạt giống {seed}</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="352"/>
        <source>Write a prompt first.</source>
        <translation>Hãy viết lời nhắc trước.</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="355"/>
        <source>Wait for the model to load, or open one (File menu).</source>
        <translation>Hãy chờ mô hình tải xong, hoặc mở một mô hình (menu Tệp).</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="296"/>
        <location filename="../ui/pages/practice_page.py" line="380"/>
        <source>Asking the model…</source>
        <translation>Đang hỏi mô hình…</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="392"/>
        <source>Stopped; the answer so far is kept.</source>
        <translation>Đã dừng; phần trả lời đã có được giữ lại.</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="399"/>
        <location filename="../ui/pages/practice_page.py" line="401"/>
        <location filename="../ui/pages/practice_page.py" line="408"/>
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
        <location filename="../ui/widgets/prompt_composer.py" line="30"/>
        <source>en</source>
        <comment>Language code of the practice content for this translation: zh, vi or en.</comment>
        <translation>vi</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="60"/>
        <source>Exercise</source>
        <translation>Bài tập</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="62"/>
        <source>Framework</source>
        <translation>Khung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="81"/>
        <source>Prompt</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="83"/>
        <source>Write your prompt here; the feedback updates as you type.</source>
        <translation>Viết lời nhắc ở đây; phản hồi cập nhật ngay khi bạn gõ.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="85"/>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="86"/>
        <source>Free text</source>
        <translation>Viết tự do</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="90"/>
        <source>Exercise:</source>
        <translation>Bài tập:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="92"/>
        <source>Framework:</source>
        <translation>Khung:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="116"/>
        <source>Free practice (no exercise)</source>
        <translation>Luyện tự do (không chọn bài tập)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="119"/>
        <source>Best fit (auto)</source>
        <translation>Tự chọn khung phù hợp nhất</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="206"/>
        <source>Write any prompt, or pick an exercise for a scenario to practise on.</source>
        <translation>Viết lời nhắc bất kỳ, hoặc chọn một bài tập để luyện theo tình huống.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="210"/>
        <source>A good prompt has:</source>
        <translation>Một lời nhắc tốt có:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="223"/>
        <source>Choose a framework above to fill in its form.</source>
        <translation>Chọn một khung ở trên để điền theo biểu mẫu.</translation>
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
        <location filename="../ui/dialogs/settings_dialog.py" line="60"/>
        <source>There is no file at {path}. Check the path or use Browse…</source>
        <translation>Không có tệp nào ở {path}. Hãy kiểm tra đường dẫn hoặc bấm Duyệt…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="64"/>
        <source>{path} is a folder. Choose a .gguf model file.</source>
        <translation>{path} là thư mục. Hãy chọn một tệp mô hình .gguf.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="68"/>
        <source>{name} is not a .gguf model file.</source>
        <translation>{name} không phải tệp mô hình .gguf.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="140"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="149"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="150"/>
        <source>Answers</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="151"/>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="152"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="158"/>
        <source>Language, font size and theme change as soon as you press OK; what you typed stays. The model, threads, context size and GPU layers apply the next time a model is loaded.</source>
        <translation>Ngôn ngữ, cỡ chữ và giao diện thay đổi ngay khi bạn bấm OK; những gì bạn đã gõ vẫn được giữ nguyên. Mô hình, số luồng, kích thước ngữ cảnh và số lớp GPU có hiệu lực ở lần tải mô hình tiếp theo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="198"/>
        <source>Empty: use the built-in starter model</source>
        <translation>Để trống: dùng mô hình khởi đầu có sẵn</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="201"/>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="210"/>
        <source>Model file:</source>
        <translation>Tệp mô hình:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="214"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="216"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="226"/>
        <source>Model folders:</source>
        <translation>Thư mục mô hình:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="228"/>
        <source>Study Assistant also looks for .gguf files in these folders.</source>
        <translation>Trợ lý học tập cũng tìm tệp .gguf trong các thư mục này.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="234"/>
        <source>Automatic ({cores} cores)</source>
        <translation>Tự động ({cores} nhân)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="236"/>
        <source>Threads:</source>
        <translation>Số luồng:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="238"/>
        <source>More threads than this computer&apos;s cores usually makes it slower.</source>
        <translation>Dùng nhiều luồng hơn số nhân của máy thường làm chậm hơn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="242"/>
        <source>Automatic (the model&apos;s own, at most 8192)</source>
        <translation>Tự động (theo mô hình, tối đa 8192)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="244"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="376"/>
        <source>{size} tokens</source>
        <translation>{size} token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="245"/>
        <source>Context size:</source>
        <translation>Kích thước ngữ cảnh:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="247"/>
        <source>A bigger context holds longer texts but needs more memory.</source>
        <translation>Ngữ cảnh lớn hơn chứa được văn bản dài hơn nhưng cần nhiều bộ nhớ hơn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="252"/>
        <source>GPU layers:</source>
        <translation>Số lớp GPU:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="253"/>
        <source>0 = CPU only, the right choice without a graphics card.</source>
        <translation>0 = chỉ dùng CPU, lựa chọn đúng khi máy không có card đồ họa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="256"/>
        <source>Empty: use the model on this computer</source>
        <translation>Để trống: dùng mô hình trên máy này</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="258"/>
        <source>Class server:</source>
        <translation>Máy chủ lớp học:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="260"/>
        <source>API key:</source>
        <translation>Khóa API:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="265"/>
        <source>The address (e.g. http://192.168.1.20:8765/v1) and key your instructor shows. Applies the next time Study Assistant starts.</source>
        <translation>Địa chỉ (ví dụ http://192.168.1.20:8765/v1) và khóa do giảng viên cung cấp. Có hiệu lực từ lần khởi động Trợ lý học tập tiếp theo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="281"/>
        <source>Automatic (0.6 for DeepSeek-R1 models, 0.7 for others)</source>
        <translation>Tự động (0.6 cho mô hình DeepSeek-R1, 0.7 cho mô hình khác)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="285"/>
        <source>Temperature:</source>
        <translation>Nhiệt độ:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="288"/>
        <source>Lower gives focused, repeatable answers; higher gives varied ones.</source>
        <translation>Thấp cho câu trả lời tập trung, ổn định; cao cho câu trả lời đa dạng.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="295"/>
        <source>Automatic (0.95)</source>
        <translation>Tự động (0.95)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="297"/>
        <source>Top p:</source>
        <translation>Top p:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="300"/>
        <source>The model picks only among the likeliest words that add up to this.</source>
        <translation>Mô hình chỉ chọn trong các từ có khả năng cao nhất, cộng dồn đến ngưỡng này.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="306"/>
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="307"/>
        <source>Longest answer (tokens):</source>
        <translation>Câu trả lời dài nhất (token):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="308"/>
        <source>0 = no limit: the answer ends when the model is done.</source>
        <translation>0 = không giới hạn: câu trả lời kết thúc khi mô hình viết xong.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="315"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="318"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="322"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="323"/>
        <source>Font size:</source>
        <translation>Cỡ chữ:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="326"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="327"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="328"/>
        <source>Theme:</source>
        <translation>Giao diện:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="339"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="353"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="344"/>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="348"/>
        <source>Your notes, chats, settings, backups and imported models are kept here.</source>
        <translation>Ghi chú, cuộc trò chuyện, cài đặt, bản sao lưu và mô hình đã nhập được lưu ở đây.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="358"/>
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="359"/>
        <source>If something goes wrong, the details are in this file.</source>
        <translation>Khi có sự cố, chi tiết được ghi trong tệp này.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="441"/>
        <source>The settings were not saved: {reason}</source>
        <translation>Cài đặt chưa được lưu: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="453"/>
        <source>Choose a model file</source>
        <translation>Chọn tệp mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="455"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Mô hình GGUF (*.gguf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="467"/>
        <source>Add a model folder</source>
        <translation>Thêm thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="487"/>
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
        <location filename="../ui/app.py" line="179"/>
        <source>Something went wrong and that action was stopped. The details are in the log file {log}.</source>
        <translation>Đã có lỗi và thao tác đó đã dừng. Chi tiết nằm trong tệp nhật ký {log}.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/pages/outline_page.py" line="61"/>
        <source>Replace the edited outline?</source>
        <translation>Thay dàn ý đã sửa?</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="62"/>
        <source>You edited the outline and did not save it. Generate a new one anyway?</source>
        <translation>Bạn đã sửa dàn ý nhưng chưa lưu. Vẫn tạo dàn ý mới?</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="71"/>
        <source>Replace the outline?</source>
        <translation>Thay dàn ý?</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="72"/>
        <source>The outline has not been saved to the library. Generate a new one anyway?</source>
        <translation>Dàn ý này chưa được lưu vào thư viện. Vẫn tạo dàn ý mới?</translation>
    </message>
</context>
</TS>
