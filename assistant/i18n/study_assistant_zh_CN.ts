<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerActions</name>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="63"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="63"/>
        <source>Copy the answer (Markdown)</source>
        <translation>复制回答（Markdown）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="66"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="66"/>
        <source>Ask the last question again</source>
        <translation>把上一个问题再问一次</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="69"/>
        <source>Edit and resend</source>
        <translation>修改后重发</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="70"/>
        <source>Put the last question back in the input to change it</source>
        <translation>把上一个问题放回输入框，修改后再发送</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="74"/>
        <location filename="../ui/widgets/answer_actions.py" line="141"/>
        <source>Save answer as note</source>
        <translation>把回答存为笔记</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="75"/>
        <source>Keep the answer in the notes library</source>
        <translation>把回答保存到笔记库</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="78"/>
        <source>Include reasoning</source>
        <translation>包含思考过程</translation>
    </message>
    <message>
        <location filename="../ui/widgets/answer_actions.py" line="79"/>
        <source>Save the model&apos;s thinking with the answer</source>
        <translation>同时保存模型的思考过程</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="113"/>
        <source>Chinese text cannot be shown</source>
        <translation>无法显示中文</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="114"/>
        <source>No font on this computer can show Chinese characters, so they would appear as boxes. Install a Chinese font, for example on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk. Windows and macOS include one already.</source>
        <translation>这台电脑上没有能显示汉字的字体，汉字会显示成方框。请安装一种中文字体，例如在 Debian 或 Ubuntu 上运行：sudo apt-get install fonts-noto-cjk。Windows 和 macOS 已自带中文字体。</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="52"/>
        <source>Models recommended for classes. Downloads can be paused and resumed, even after closing the app, and each file is checked against its SHA-256 checksum before it appears in the list of models.</source>
        <translation>推荐用于课堂的模型。下载可以暂停和继续，关闭软件后也能继续；每个文件在出现在模型列表之前都会核对 SHA-256 校验值。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="61"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="61"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="61"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="61"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="100"/>
        <source>Downloads go to {folder}</source>
        <translation>下载保存到 {folder}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="133"/>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="133"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="135"/>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="139"/>
        <source>Paused at {pct}%</source>
        <translation>已暂停（{pct}%）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="140"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="143"/>
        <source>Not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="143"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="146"/>
        <source>no checksum: verify on first download</source>
        <translation>无校验值：首次下载后请自行核对</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="194"/>
        <source>Downloaded and verified</source>
        <translation>已下载并通过校验</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="197"/>
        <source>Downloaded; no checksum was known, its SHA-256 is {sha}</source>
        <translation>已下载；没有已知的校验值，它的 SHA-256 是 {sha}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/catalog_panel.py" line="204"/>
        <source>Failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../ui/pages/chat_page.py" line="114"/>
        <source>Ask the model anything. Everything stays on this computer.</source>
        <translation>向模型提任何问题。所有内容都只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="138"/>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="139"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="140"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="141"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="142"/>
        <source>Stop the answer (Esc); the text so far is kept</source>
        <translation>停止回答（Esc），已生成的文字会保留</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="213"/>
        <location filename="../ui/pages/chat_page.py" line="460"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="252"/>
        <source>Answer copied.</source>
        <translation>回答已复制。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="314"/>
        <source>The model could not be loaded: {reason}</source>
        <translation>模型无法加载：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="317"/>
        <source>Use File &gt; Open model… to choose a .gguf model file.</source>
        <translation>请用“文件 &gt; 打开模型…”选择一个 .gguf 模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="348"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="349"/>
        <source>The answer reached its length limit.</source>
        <translation>回答已达到长度上限。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="365"/>
        <source>The model stopped: {reason}</source>
        <translation>模型已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="384"/>
        <location filename="../ui/pages/chat_page.py" line="463"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="479"/>
        <source>Saved as a note.</source>
        <translation>已存为笔记。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="483"/>
        <source>The chat library failed: {reason}</source>
        <translation>对话记录出错：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="523"/>
        <source>Type a question (Ctrl+Enter sends)</source>
        <translation>输入问题（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="525"/>
        <source>Waiting for a model…</source>
        <translation>正在等待模型…</translation>
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
        <translation>当前加载的是推理模型（DeepSeek-R1 类）：把所有内容写在这一条提示词里，不要给示例，并写清输出格式。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="46"/>
        <source>Start writing a prompt to see which parts it has.</source>
        <translation>开始写提示词，就能看到它包含了哪些要素。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="62"/>
        <source>best fit</source>
        <translation>最匹配</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="62"/>
        <source>chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="64"/>
        <source>{framework} ({how}): {present} of {total} parts present</source>
        <translation>{framework}（{how}）：已有 {present}/{total} 个要素</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="73"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_panel.py" line="90"/>
        <source>Tips</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="79"/>
        <source>Two prompts</source>
        <translation>两条提示词</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="80"/>
        <source>One prompt, two temperatures</source>
        <translation>同一提示词，两种温度</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="84"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="88"/>
        <source>Prompt B</source>
        <translation>提示词 B</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="90"/>
        <source>Prompt B: for example the same request without a role or format.</source>
        <translation>提示词 B：例如同样的请求，但不写角色或格式。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="92"/>
        <source>Copy prompt A</source>
        <translation>复制提示词 A</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="93"/>
        <source>Run side by side</source>
        <translation>并排运行</translation>
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
        <translation>比较：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="100"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="102"/>
        <location filename="../ui/widgets/compare_view.py" line="168"/>
        <source>Temperature A:</source>
        <translation>温度 A：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="102"/>
        <source>B:</source>
        <translation>B：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/compare_view.py" line="168"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../ui/widgets/context_meter.py" line="49"/>
        <source>Context window used</source>
        <translation>已用上下文窗口</translation>
    </message>
    <message>
        <location filename="../ui/widgets/context_meter.py" line="134"/>
        <source>{used} / {limit} tokens</source>
        <translation>{used} / {limit} 个词元</translation>
    </message>
    <message>
        <location filename="../ui/widgets/context_meter.py" line="154"/>
        <source>How much of the model&apos;s context window the chat and your draft take.</source>
        <translation>对话和你正在输入的内容占用了模型上下文窗口的多少。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/context_meter.py" line="157"/>
        <source>The conversation nearly fills the model&apos;s context window. Start a new chat or open the model with a larger context in Settings.</source>
        <translation>对话快要占满模型的上下文窗口了。请开始新对话，或在“设置”中用更大的上下文打开模型。</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../ui/widgets/conversation_list.py" line="78"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../ui/widgets/conversation_list.py" line="81"/>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <location filename="../ui/widgets/conversation_list.py" line="89"/>
        <location filename="../ui/widgets/conversation_list.py" line="250"/>
        <source>Delete chat…</source>
        <translation>删除对话…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/conversation_list.py" line="193"/>
        <source>Delete chat</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../ui/widgets/conversation_list.py" line="194"/>
        <source>Delete the chat &quot;{title}&quot;? This cannot be undone.</source>
        <translation>删除对话“{title}”？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>CritiqueView</name>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="50"/>
        <source>Suggested additions</source>
        <translation>建议补充</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="60"/>
        <source>Rewritten prompt (your text, plus the sentences you keep):</source>
        <translation>改写后的提示词（你的原文，加上你保留的句子）：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="65"/>
        <source>Rewritten prompt</source>
        <translation>改写后的提示词</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="66"/>
        <source>Copy rewrite</source>
        <translation>复制改写</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="67"/>
        <source>Run rewrite</source>
        <translation>运行改写</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="68"/>
        <source>Original vs rewrite</source>
        <translation>原文对比改写</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="70"/>
        <source>Answer the original and the rewrite side by side with the same seed</source>
        <translation>用相同的种子并排回答原文和改写</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="101"/>
        <source>Press Critique: the model proposes one sentence for each missing part.</source>
        <translation>点击“点评”：模型为每个缺少的要素建议一句话。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="115"/>
        <source>Asking the model for {n} sentence(s)…</source>
        <translation>正在请模型写 {n} 句…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="151"/>
        <source>Every part is there: nothing to add.</source>
        <translation>各要素都有了，无需补充。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="153"/>
        <source>Stopped: the sentences written so far are shown.</source>
        <translation>已停止：显示已写好的句子。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="156"/>
        <source>{n} sentence(s) proposed in {s} s; {m} part(s) had no usable sentence: write them yourself.</source>
        <translation>{s} 秒内建议了 {n} 句；{m} 个要素没有可用的句子，请自己补写。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="161"/>
        <source>{n} sentence(s) proposed in {s} s. Keep, edit or untick each one.</source>
        <translation>{s} 秒内建议了 {n} 句。可逐句保留、修改或取消勾选。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="183"/>
        <source>The rewrite is on the clipboard.</source>
        <translation>改写已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="225"/>
        <source>it repeated itself</source>
        <translation>句子自我重复</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="226"/>
        <source>it repeated your prompt</source>
        <translation>照搬了你的提示词</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="227"/>
        <source>it copied the instructions</source>
        <translation>照抄了说明文字</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="228"/>
        <source>it was in another language</source>
        <translation>用了别的语言</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="229"/>
        <source>it was cut off</source>
        <translation>句子被截断</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="230"/>
        <source>it was empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="234"/>
        <source>No sentence from the model: write your own.</source>
        <translation>模型没有给出句子，请自己写。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="235"/>
        <source>No usable sentence ({reasons}): write your own.</source>
        <translation>没有可用的句子（{reasons}），请自己写。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/critique_view.py" line="236"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <location filename="../ui/controllers/note_drafts.py" line="132"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_drafts.py" line="133"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_drafts.py" line="146"/>
        <source>There is unsaved text for this note from {time}. Restore it?</source>
        <translation>这篇笔记有一份 {time} 未保存的文字。要恢复吗？</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../ui/controllers/note_drafts.py" line="110"/>
        <source>Your text could not be autosaved: {reason}</source>
        <translation>你的文字无法自动保存：{reason}</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <location filename="../ui/controllers/engine_bridge.py" line="350"/>
        <source>The answer ended without a reason.</source>
        <translation>回答意外结束。</translation>
    </message>
    <message>
        <location filename="../ui/tasks/task.py" line="49"/>
        <source>An unexpected error ({kind}) occurred; the log file has the details.</source>
        <translation>发生意外错误（{kind}），详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../ui/controllers/engine_bridge.py" line="160"/>
        <source>the starter model</source>
        <translation>入门模型</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="65"/>
        <location filename="../ui/dialogs/first_run.py" line="71"/>
        <source>Welcome to Study Assistant</source>
        <translation>欢迎使用学习助手</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="79"/>
        <source>Study Assistant runs an AI model on this computer, so your lectures, notes and questions stay here and it works without the internet.</source>
        <translation>学习助手在这台电脑上运行 AI 模型，你的讲义、笔记和提问都留在本机，没有网络也能用。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="83"/>
        <source>You can start right away with the built-in starter model. It is small (0.5B) and quick: fine for trying things out, but its answers are simple.</source>
        <translation>你可以马上用内置的入门模型开始。它小巧（0.5B）、速度快，适合试用，但回答比较简单。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="87"/>
        <source>For class work, use a bigger model: DeepSeek-R1-Distill-Qwen-1.5B, or Qwen2.5-1.5B, 3B or 7B-Instruct, as a .gguf file from your instructor&apos;s USB stick or from a download. Open it here, or any time with File → Open model…</source>
        <translation>上课时请用更大的模型：DeepSeek-R1-Distill-Qwen-1.5B，或 Qwen2.5-1.5B、3B、7B-Instruct 的 .gguf 文件，可从老师的 U 盘拷贝或下载。在这里打开，或随时通过“文件 → 打开模型…”打开。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="91"/>
        <source>Bigger models answer better but need more memory and are slower.</source>
        <translation>模型越大回答越好，但需要更多内存，速度也更慢。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="102"/>
        <source>Your instructor&apos;s kit includes a model for this class: {name}.</source>
        <translation>讲师的课程包里带有本课程的模型：{name}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="113"/>
        <source>Add the instructor&apos;s prompt pack “{name}” to Practice</source>
        <translation>把讲师的提示词包“{name}”加入练习</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="125"/>
        <source>Use the starter model</source>
        <translation>使用入门模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="128"/>
        <source>Open a model file…</source>
        <translation>打开模型文件…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="136"/>
        <source>Use the class model</source>
        <translation>使用课程模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="167"/>
        <source>Open a model file</source>
        <translation>打开模型文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/first_run.py" line="169"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="40"/>
        <source>History of “{title}”</source>
        <translation>“{title}”的历史版本</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="43"/>
        <source>Earlier versions</source>
        <translation>以前的版本</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="45"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="48"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="71"/>
        <source>Versions saved before each change. Restoring keeps the current text too.</source>
        <translation>每次修改前都会保存一个版本。恢复旧版本时，当前文字也会保留。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="73"/>
        <source>This note has no earlier versions yet.</source>
        <translation>这篇笔记还没有以前的版本。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/history_dialog.py" line="82"/>
        <source>The history could not be read: {reason}</source>
        <translation>无法读取历史版本：{reason}</translation>
    </message>
</context>
<context>
    <name>LectureInput</name>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="76"/>
        <source>Lecture text</source>
        <translation>讲课内容</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="78"/>
        <source>Paste the lecture here, or drop a .txt or .md file on the page.</source>
        <translation>把讲课内容粘贴到这里，或把 .txt、.md 文件拖到页面上。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="80"/>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="84"/>
        <source>Markdown headings</source>
        <translation>Markdown 标题</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="85"/>
        <source>公文 numbering</source>
        <translation>公文编号</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="86"/>
        <source>Cornell</source>
        <translation>康奈尔笔记</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="91"/>
        <source>Auto</source>
        <translation>自动</translation>
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
        <translation>大纲使用的语言</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="100"/>
        <source>Lecture</source>
        <translation>讲课内容</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="106"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="107"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="139"/>
        <source>Open lecture</source>
        <translation>打开讲义</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="142"/>
        <source>Lectures (*.txt *.md *.markdown *.srt *.vtt *.docx *.pptx *.pdf);;All files (*)</source>
        <translation>讲稿 (*.txt *.md *.markdown *.srt *.vtt *.docx *.pptx *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="148"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="164"/>
        <source>Opened {name}.</source>
        <translation>已打开 {name}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/lecture_input.py" line="210"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryBridge</name>
    <message>
        <location filename="../ui/controllers/library_bridge.py" line="115"/>
        <source>The notes library is not open.</source>
        <translation>笔记库尚未打开。</translation>
    </message>
</context>
<context>
    <name>LibrarySidebar</name>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="157"/>
        <source>Search notes (中文, tiếng Việt, English)</source>
        <translation>搜索笔记（中文、tiếng Việt、English）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="158"/>
        <source>Search notes</source>
        <translation>搜索笔记</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="162"/>
        <location filename="../ui/widgets/library_sidebar.py" line="163"/>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="169"/>
        <source>Courses, lessons and notes</source>
        <translation>课程、课时和笔记</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="171"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="292"/>
        <source>Unsorted</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="347"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="348"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="349"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="350"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="378"/>
        <source>No notes yet. Click + to write one.</source>
        <translation>还没有笔记。点击 + 写一篇。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="384"/>
        <source>The notes could not be listed: {reason}</source>
        <translation>无法列出笔记：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="416"/>
        <source>No notes match “{query}”.</source>
        <translation>没有笔记包含“{query}”。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_sidebar.py" line="436"/>
        <source>The search failed: {reason}</source>
        <translation>搜索失败：{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="80"/>
        <source>Study Assistant</source>
        <translation>学习助手</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="100"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="101"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="102"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="160"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="161"/>
        <source>New &amp;note</source>
        <translation>新建笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="162"/>
        <source>&amp;New chat</source>
        <translation>新对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="163"/>
        <source>&amp;Open lecture…</source>
        <translation>打开讲稿(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>Open &amp;model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170"/>
        <source>&amp;Models…</source>
        <translation>模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="173"/>
        <source>&amp;Import prompt pack…</source>
        <translation>导入提示词包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="174"/>
        <source>&amp;Export prompt pack…</source>
        <translation>导出提示词包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="177"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="179"/>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="184"/>
        <source>&amp;Library sidebar</source>
        <translation>资料库侧栏(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="189"/>
        <source>Show the library (hidden to make room for the page): Ctrl+Shift+L</source>
        <translation>显示资料库（为给页面留出空间而隐藏）：Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="197"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="221"/>
        <source>the class server</source>
        <translation>课堂服务器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="328"/>
        <source>The class server&apos;s model is in use</source>
        <translation>正在使用班级服务器的模型</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="330"/>
        <source>{name} was not loaded: this app answers with the class server&apos;s model. To use a model file on this computer, clear the class server address in Settings, then open the file again.</source>
        <translation>未加载 {name}：本应用正在使用班级服务器的模型回答。要使用这台电脑上的模型文件，请先在“设置”中清除班级服务器地址，再重新打开该文件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="402"/>
        <source>The library was repaired</source>
        <translation>笔记库已修复</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="405"/>
        <source>The library cannot be opened</source>
        <translation>无法打开笔记库</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../ui/widgets/markdown_view.py" line="57"/>
        <source>Open link?</source>
        <translation>打开链接？</translation>
    </message>
    <message>
        <location filename="../ui/widgets/markdown_view.py" line="58"/>
        <source>Open this link in your web browser?

{url}</source>
        <translation>要在浏览器中打开这个链接吗？

{url}</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="113"/>
        <source>No model</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="91"/>
        <source>Open model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="92"/>
        <source>Choose a .gguf model file on this computer</source>
        <translation>选择这台电脑上的 .gguf 模型文件</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="94"/>
        <source>Models…</source>
        <translation>模型…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="96"/>
        <source>Models on this computer, downloads, and serving a model to the class</source>
        <translation>本机上的模型、下载，以及把模型共享给全班</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="114"/>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="124"/>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="126"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="135"/>
        <source>Loading {name}…</source>
        <translation>正在加载 {name}…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="144"/>
        <location filename="../ui/widgets/model_bar.py" line="178"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="149"/>
        <source>Failed: {reason} Use File &gt; Open model… to choose a model.</source>
        <translation>失败：{reason} 请用“文件 &gt; 打开模型…”选择模型。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="159"/>
        <source>Generating… {rate:.1f} tok/s</source>
        <translation>生成中… {rate:.1f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="161"/>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="176"/>
        <source>Ready · last answer {rate:.1f} tok/s</source>
        <translation>就绪 · 上次回答 {rate:.1f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="184"/>
        <source>Failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
</context>
<context>
    <name>ModelLibraryPanel</name>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="73"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="73"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="73"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="73"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="73"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="90"/>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="91"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="92"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="93"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="94"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="95"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="105"/>
        <source>Cancel copy</source>
        <translation>取消复制</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="144"/>
        <source>Looking for models…</source>
        <translation>正在查找模型…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="169"/>
        <source>No models found in {folders}.</source>
        <translation>在 {folders} 中没有找到模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="171"/>
        <source>{count} model(s)</source>
        <translation>{count} 个模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="188"/>
        <source>reasoning</source>
        <translation>推理模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="189"/>
        <source>Broken</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="206"/>
        <source>Fits</source>
        <translation>够用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="208"/>
        <source>Tight</source>
        <translation>偏紧</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="210"/>
        <source>Won&apos;t fit</source>
        <translation>内存不够</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="211"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="214"/>
        <source>Needs about {needed} with a {ctx}-token context</source>
        <translation>上下文为 {ctx} 个词元时约需 {needed}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="218"/>
        <source>{free} free now</source>
        <translation>当前可用 {free}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="221"/>
        <source>Fits with a context of up to {ctx} tokens.</source>
        <translation>上下文不超过 {ctx} 个词元时可以运行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="225"/>
        <source>Too big for this computer even with a small context.</source>
        <translation>即使上下文很小，这台电脑也运行不了。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="245"/>
        <source>Cannot be used: {reason}</source>
        <translation>无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="260"/>
        <location filename="../ui/dialogs/models_dialog.py" line="265"/>
        <source>Import a model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="260"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="268"/>
        <source>Copy {name} into Study Assistant&apos;s models folder, or use it where it is? A model used where it is disappears when its USB stick is removed.</source>
        <translation>把 {name} 复制到学习助手的模型文件夹，还是在原位置直接使用？在原位置使用的模型会在拔出 U 盘后消失。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="272"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="273"/>
        <source>Use where it is</source>
        <translation>在原位置使用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="298"/>
        <source>Copying {name}…</source>
        <translation>正在复制 {name}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="318"/>
        <source>The copy was cancelled; nothing was kept.</source>
        <translation>复制已取消，没有留下任何文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="312"/>
        <source>Imported {name}.</source>
        <translation>已导入 {name}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="323"/>
        <source>The import failed: {reason}</source>
        <translation>导入失败：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="349"/>
        <source>Added the folder {folder}.</source>
        <translation>已添加文件夹 {folder}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="360"/>
        <location filename="../ui/dialogs/models_dialog.py" line="367"/>
        <source>Rename model</source>
        <translation>重命名模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="360"/>
        <source>New file name:</source>
        <translation>新文件名：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="382"/>
        <location filename="../ui/dialogs/models_dialog.py" line="396"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="383"/>
        <source>Delete {name} ({size}) from this computer? This cannot be undone.</source>
        <translation>要从这台电脑删除 {name}（{size}）吗？删除后无法恢复。</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="431"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="436"/>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="437"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="438"/>
        <source>Serve to the class</source>
        <translation>共享给全班</translation>
    </message>
</context>
<context>
    <name>NoteExporter</name>
    <message>
        <location filename="../ui/controllers/note_export.py" line="57"/>
        <source>All notes</source>
        <translation>全部笔记</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="59"/>
        <source>Course “{course}”</source>
        <translation>课程“{course}”</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="61"/>
        <source>Markdown folder…</source>
        <translation>Markdown 文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="62"/>
        <source>HTML file…</source>
        <translation>HTML 文件…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="63"/>
        <source>JSON file…</source>
        <translation>JSON 文件…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="64"/>
        <source>PDF file…</source>
        <translation>PDF 文件…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="77"/>
        <source>This note has no course yet: export all notes instead.</source>
        <translation>这篇笔记还没有课程：请改为导出全部笔记。</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="33"/>
        <source>Study notes</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="34"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="35"/>
        <source>1 note · exported {date}</source>
        <translation>共 1 条笔记 · 导出于 {date}</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="36"/>
        <source>{count} notes · exported {date}</source>
        <translation>共 {count} 条笔记 · 导出于 {date}</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="84"/>
        <source>Export as Markdown into folder</source>
        <translation>导出为 Markdown 到文件夹</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="99"/>
        <source>Export notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="101"/>
        <source>{kind} files (*{suffix})</source>
        <translation>{kind} 文件 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="123"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="129"/>
        <location filename="../ui/controllers/note_export.py" line="138"/>
        <source>The export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/controllers/note_export.py" line="131"/>
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../ui/pages/notes_page.py" line="106"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="106"/>
        <source>Start a new note</source>
        <translation>新建一篇笔记</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="108"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="108"/>
        <source>Save the note (Ctrl+S)</source>
        <translation>保存笔记（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="111"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="111"/>
        <source>Delete this note</source>
        <translation>删除这篇笔记</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="114"/>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="114"/>
        <source>Earlier versions of this note</source>
        <translation>这篇笔记以前的版本</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="117"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="123"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="135"/>
        <location filename="../ui/pages/notes_page.py" line="136"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="137"/>
        <location filename="../ui/pages/notes_page.py" line="172"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="138"/>
        <location filename="../ui/pages/notes_page.py" line="173"/>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="140"/>
        <source>tag, another tag</source>
        <translation>标签, 另一个标签</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="141"/>
        <location filename="../ui/pages/notes_page.py" line="174"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="143"/>
        <source>Note text (Markdown)</source>
        <translation>笔记正文（Markdown）</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="145"/>
        <source>Write in Markdown: # heading, - list item, **bold**.</source>
        <translation>用 Markdown 书写：# 标题，- 列表项，**加粗**。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="148"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="149"/>
        <source>The preview appears here as you write.</source>
        <translation>边写边在这里预览。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="202"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="293"/>
        <source>Write a title or some text first.</source>
        <translation>请先写标题或正文。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="296"/>
        <source>A lesson belongs to a course: choose the course too.</source>
        <translation>课时属于某个课程：请同时选择课程。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="322"/>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="323"/>
        <source>Delete “{title}” and its history? This cannot be undone.</source>
        <translation>删除“{title}”及其历史版本？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="339"/>
        <source>The note could not be deleted: {reason}</source>
        <translation>无法删除笔记：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="388"/>
        <source>The version could not be restored: {reason}</source>
        <translation>无法恢复该版本：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="433"/>
        <source>The note could not be opened: {reason}</source>
        <translation>无法打开笔记：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="491"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="493"/>
        <source>Draft autosaved {time}</source>
        <translation>草稿已于 {time} 自动保存</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="495"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="497"/>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="499"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="532"/>
        <source>The note was not saved: {reason}</source>
        <translation>笔记未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="538"/>
        <source>Deleted “{title}”.</source>
        <translation>已删除“{title}”。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="547"/>
        <source>The earlier version is back; the text before it is in the history.</source>
        <translation>已恢复以前的版本；恢复前的文字保存在历史版本中。</translation>
    </message>
</context>
<context>
    <name>OutlinePage</name>
    <message>
        <location filename="../ui/pages/outline_page.py" line="132"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="133"/>
        <source>Generate the outline (Ctrl+Enter)</source>
        <translation>生成大纲（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="135"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="136"/>
        <source>Stop (Esc); the outline so far is kept</source>
        <translation>停止（Esc），已生成的大纲会保留</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="140"/>
        <source>The outline appears here.</source>
        <translation>大纲会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="142"/>
        <source>Outline Markdown</source>
        <translation>大纲 Markdown</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="146"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="148"/>
        <source>Edit the outline&apos;s Markdown</source>
        <translation>编辑大纲的 Markdown</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="149"/>
        <source>Save to library…</source>
        <translation>保存到笔记库…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="158"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="233"/>
        <source>The model is still answering on another page; wait or stop it.</source>
        <translation>模型还在另一个页面上回答；请等待或停止它。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="247"/>
        <source>Paste a lecture or open a file first.</source>
        <translation>请先粘贴讲课内容或打开文件。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="274"/>
        <source>Reading the lecture…</source>
        <translation>正在读取讲稿…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="346"/>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="347"/>
        <source>Generating… {rate} tok/s</source>
        <translation>正在生成… 每秒 {rate} 个词元</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="355"/>
        <source>Done in {seconds}.</source>
        <translation>完成，用时 {seconds}。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="362"/>
        <source>Stopped — the partial outline is kept.</source>
        <translation>已停止——已生成的部分大纲会保留。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="363"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="368"/>
        <source>The model stopped: {reason}</source>
        <translation>模型已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="370"/>
        <source>The partial outline is kept.</source>
        <translation>已生成的部分大纲会保留。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="444"/>
        <source>Waiting for a model…</source>
        <translation>正在等待模型…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="459"/>
        <source>Lecture outline</source>
        <translation>讲课大纲</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="492"/>
        <source>Saved to the library.</source>
        <translation>已保存到笔记库。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="497"/>
        <source>The outline was not saved: {reason}</source>
        <translation>大纲未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>OutlineProgress</name>
    <message>
        <location filename="../ui/widgets/outline_progress.py" line="119"/>
        <source>Outlining · {elapsed}</source>
        <translation>正在整理大纲 · {elapsed}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/outline_progress.py" line="115"/>
        <source>Finishing the outline · {elapsed}</source>
        <translation>正在完成大纲 · {elapsed}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/outline_progress.py" line="117"/>
        <source>Reading the lecture · {elapsed}</source>
        <translation>正在读取讲稿 · {elapsed}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/outline_progress.py" line="120"/>
        <source>Part {i} of {n} · {elapsed}</source>
        <translation>第 {i} 部分，共 {n} 部分 · {elapsed}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/outline_progress.py" line="126"/>
        <source>about {left} left</source>
        <translation>约剩 {left}</translation>
    </message>
</context>
<context>
    <name>PackTransfer</name>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="32"/>
        <source>Imported the prompt pack “{name}”.</source>
        <translation>已导入提示词包“{name}”。</translation>
    </message>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="37"/>
        <source>The prompt pack was not imported: {reason}</source>
        <translation>提示词包未导入：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="52"/>
        <source>Exported the prompt pack to {path}.</source>
        <translation>提示词包已导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="59"/>
        <source>Import prompt pack</source>
        <translation>导入提示词包</translation>
    </message>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="59"/>
        <location filename="../ui/controllers/pack_transfer.py" line="70"/>
        <source>Prompt packs (*.json)</source>
        <translation>提示词包 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/controllers/pack_transfer.py" line="68"/>
        <source>Export prompt pack</source>
        <translation>导出提示词包</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../ui/pages/practice_page.py" line="105"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="106"/>
        <source>Send the prompt to the model (Ctrl+Enter)</source>
        <translation>把提示词发给模型（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="107"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="108"/>
        <source>Critique</source>
        <translation>点评</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="144"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="143"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="110"/>
        <source>The model proposes a sentence for each missing part; you keep or edit them</source>
        <translation>模型为每个缺少的要素建议一句话，由你保留或修改</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="145"/>
        <source>Side by side</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="146"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="323"/>
        <source>Stopped before the model wrote anything.</source>
        <translation>在模型写出内容之前已停止。</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="333"/>
        <source>Write prompt B first (or copy prompt A and change it).</source>
        <translation>请先写提示词 B（或复制提示词 A 再修改）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="260"/>
        <location filename="../ui/pages/practice_page.py" line="337"/>
        <source>temperature {t}, seed {seed}</source>
        <translation>温度 {t}，种子 {seed}</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="352"/>
        <source>Write a prompt first.</source>
        <translation>请先写提示词。</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="355"/>
        <source>Wait for the model to load, or open one (File menu).</source>
        <translation>请等模型加载完成，或打开一个模型（文件菜单）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="296"/>
        <location filename="../ui/pages/practice_page.py" line="380"/>
        <source>Asking the model…</source>
        <translation>正在询问模型…</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="392"/>
        <source>Stopped; the answer so far is kept.</source>
        <translation>已停止，已生成的内容会保留。</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="399"/>
        <location filename="../ui/pages/practice_page.py" line="401"/>
        <location filename="../ui/pages/practice_page.py" line="408"/>
        <source>The model stopped: {reason}</source>
        <translation>模型已停止：{reason}</translation>
    </message>
</context>
<context>
    <name>PracticeProgressView</name>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="29"/>
        <source>Your name (optional, for a shared computer)</source>
        <translation>你的名字（可选，多人共用电脑时填写）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="34"/>
        <location filename="../ui/widgets/practice_progress.py" line="42"/>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="35"/>
        <source>Attempts</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="36"/>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="37"/>
        <source>Best</source>
        <translation>最高分</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="38"/>
        <source>Last</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="42"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="42"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="42"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="45"/>
        <source>Trainee:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="51"/>
        <source>By framework</source>
        <translation>按框架</translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="53"/>
        <source>Latest attempts</source>
        <translation>最近的练习</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/practice_progress.py" line="76"/>
        <source>%n scored attempt(s); average score {average}, best {best}.</source>
        <translation>
            <numerusform>已评分练习 %n 次；平均分 {average}，最高 {best}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/practice_progress.py" line="83"/>
        <source>No attempts yet: check or run a prompt and it is saved here.</source>
        <translation>还没有练习记录：运行一条提示词，记录就会保存在这里。</translation>
    </message>
</context>
<context>
    <name>PromptComposer</name>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="30"/>
        <source>en</source>
        <comment>Language code of the practice content for this translation: zh, vi or en.</comment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="60"/>
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="62"/>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="81"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="83"/>
        <source>Write your prompt here; the feedback updates as you type.</source>
        <translation>在这里写提示词，反馈会随着输入实时更新。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="85"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="86"/>
        <source>Free text</source>
        <translation>自由书写</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="90"/>
        <source>Exercise:</source>
        <translation>练习：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="92"/>
        <source>Framework:</source>
        <translation>框架：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="116"/>
        <source>Free practice (no exercise)</source>
        <translation>自由练习（不选练习题）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="119"/>
        <source>Best fit (auto)</source>
        <translation>自动选择最匹配的框架</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="206"/>
        <source>Write any prompt, or pick an exercise for a scenario to practise on.</source>
        <translation>可以随意写提示词，也可以选一道练习题，按场景来练。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="210"/>
        <source>A good prompt has:</source>
        <translation>好的提示词应包含：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="223"/>
        <source>Choose a framework above to fill in its form.</source>
        <translation>在上方选择一个框架，即可按表单填写。</translation>
    </message>
</context>
<context>
    <name>SaveOutlineDialog</name>
    <message>
        <location filename="../ui/dialogs/save_dialog.py" line="55"/>
        <source>Save outline to library</source>
        <translation>把大纲保存到笔记库</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/save_dialog.py" line="69"/>
        <source>&amp;Course:</source>
        <translation>课程(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/save_dialog.py" line="70"/>
        <source>&amp;Lesson:</source>
        <translation>课时(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/save_dialog.py" line="71"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ServePanel</name>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="55"/>
        <source>Share one model with the whole class: trainees enter the address and key below in Settings (Model, Class server) and ask this computer instead of their own.</source>
        <translation>把一个模型共享给全班：学员在“设置”（模型，课堂服务器）中填入下面的地址和密钥，就会向这台电脑提问，而不是用自己的电脑。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="62"/>
        <source>The classroom network</source>
        <translation>教室网络</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="63"/>
        <source>This computer only</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="68"/>
        <source>New key</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="77"/>
        <source>Who can connect:</source>
        <translation>谁可以连接：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="78"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="79"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="80"/>
        <source>Answers at the same time:</source>
        <translation>同时回答数：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="82"/>
        <location filename="../ui/widgets/serve_panel.py" line="195"/>
        <location filename="../ui/widgets/serve_panel.py" line="210"/>
        <source>Start serving</source>
        <translation>开始共享</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="84"/>
        <location filename="../ui/widgets/serve_panel.py" line="207"/>
        <source>Not serving.</source>
        <translation>未在共享。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="150"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="152"/>
        <source>Starting the class server with {model}…</source>
        <translation>正在用 {model} 启动课堂服务器…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="153"/>
        <source>the starter model</source>
        <translation>入门模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="164"/>
        <source>Address: {urls}
API key: {key}</source>
        <translation>地址：{urls}
API 密钥：{key}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="169"/>
        <source>llama.cpp&apos;s llama-server</source>
        <translation>llama.cpp 的 llama-server</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="171"/>
        <source>Writes {n} answers at the same time; more questions wait their turn. On a 2-core computer with the starter model, 16 trainees asking at once all got answers.</source>
        <translation>可同时生成 {n} 个回答，其余问题排队等候。在 2 核电脑上用入门模型测试，16 名学员同时提问全部得到了回答。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="176"/>
        <source>llama-cpp-python&apos;s server</source>
        <translation>llama-cpp-python 的服务器</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="178"/>
        <source>Writes one answer at a time; the others wait their turn and none is dropped. On a 2-core computer with the starter model, with 16 trainees asking at once the last ones waited about half a minute for the first words. Install llama.cpp&apos;s llama-server for parallel answers (see the README).</source>
        <translation>一次只写一个回答；其他提问排队等候，不会丢失。在一台双核电脑上用入门模型测试，16 名学员同时提问时，最后几位大约等了半分钟才看到第一个字。安装 llama.cpp 的 llama-server 可以同时回答多人（见 README）。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="184"/>
        <source>Serving {model} with {kind}.</source>
        <translation>正在用 {kind} 共享 {model}。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="187"/>
        <source>Stop serving</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <location filename="../ui/widgets/serve_panel.py" line="193"/>
        <source>The class server did not start: {reason}</source>
        <translation>课堂服务器没有启动：{reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="60"/>
        <source>There is no file at {path}. Check the path or use Browse…</source>
        <translation>{path} 处没有文件。请检查路径或点击“浏览…”。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="64"/>
        <source>{path} is a folder. Choose a .gguf model file.</source>
        <translation>{path} 是文件夹。请选择一个 .gguf 模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="68"/>
        <source>{name} is not a .gguf model file.</source>
        <translation>{name} 不是 .gguf 模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="140"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="149"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="150"/>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="151"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="152"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="158"/>
        <source>Language, font size and theme change as soon as you press OK; what you typed stays. The model, threads, context size and GPU layers apply the next time a model is loaded.</source>
        <translation>按“确定”后，语言、字号和主题会立即生效；已输入的文字会保留。模型、线程数、上下文大小和 GPU 层数在下次加载模型时生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="198"/>
        <source>Empty: use the built-in starter model</source>
        <translation>留空：使用内置的入门模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="201"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="210"/>
        <source>Model file:</source>
        <translation>模型文件：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="214"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="216"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="226"/>
        <source>Model folders:</source>
        <translation>模型文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="228"/>
        <source>Study Assistant also looks for .gguf files in these folders.</source>
        <translation>学习助手也会在这些文件夹里查找 .gguf 文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="234"/>
        <source>Automatic ({cores} cores)</source>
        <translation>自动（{cores} 个核心）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="236"/>
        <source>Threads:</source>
        <translation>线程数：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="238"/>
        <source>More threads than this computer&apos;s cores usually makes it slower.</source>
        <translation>线程数超过这台电脑的核心数，通常反而更慢。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="242"/>
        <source>Automatic (the model&apos;s own, at most 8192)</source>
        <translation>自动（模型自身的大小，最多 8192）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="244"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="376"/>
        <source>{size} tokens</source>
        <translation>{size} 个词元</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="245"/>
        <source>Context size:</source>
        <translation>上下文大小：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="247"/>
        <source>A bigger context holds longer texts but needs more memory.</source>
        <translation>上下文越大，能容纳的文字越长，但需要更多内存。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="252"/>
        <source>GPU layers:</source>
        <translation>GPU 层数：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="253"/>
        <source>0 = CPU only, the right choice without a graphics card.</source>
        <translation>0 = 只用 CPU，没有独立显卡时请选它。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="256"/>
        <source>Empty: use the model on this computer</source>
        <translation>留空：使用本机上的模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="258"/>
        <source>Class server:</source>
        <translation>课堂服务器：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="260"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="265"/>
        <source>The address (e.g. http://192.168.1.20:8765/v1) and key your instructor shows. Applies the next time Study Assistant starts.</source>
        <translation>填写老师给出的地址（例如 http://192.168.1.20:8765/v1）和密钥。下次启动学习助手时生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="281"/>
        <source>Automatic (0.6 for DeepSeek-R1 models, 0.7 for others)</source>
        <translation>自动（DeepSeek-R1 模型为 0.6，其他为 0.7）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="285"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="288"/>
        <source>Lower gives focused, repeatable answers; higher gives varied ones.</source>
        <translation>越低回答越集中、越稳定；越高回答越多样。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="295"/>
        <source>Automatic (0.95)</source>
        <translation>自动（0.95）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="297"/>
        <source>Top p:</source>
        <translation>Top p：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="300"/>
        <source>The model picks only among the likeliest words that add up to this.</source>
        <translation>模型只在累计概率达到该值的最可能词中选择。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="306"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="307"/>
        <source>Longest answer (tokens):</source>
        <translation>最长回答（词元）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="308"/>
        <source>0 = no limit: the answer ends when the model is done.</source>
        <translation>0 = 不限：模型说完就结束。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="315"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="318"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="322"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="323"/>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="326"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="327"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="328"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="339"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="353"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="344"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="348"/>
        <source>Your notes, chats, settings, backups and imported models are kept here.</source>
        <translation>你的笔记、对话、设置、备份和导入的模型都保存在这里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="358"/>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="359"/>
        <source>If something goes wrong, the details are in this file.</source>
        <translation>出问题时，详情记录在这个文件里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="441"/>
        <source>The settings were not saved: {reason}</source>
        <translation>设置未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="453"/>
        <source>Choose a model file</source>
        <translation>选择模型文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="455"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="467"/>
        <source>Add a model folder</source>
        <translation>添加模型文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="487"/>
        <source>Could not open {folder}. Open it in your file manager.</source>
        <translation>无法打开 {folder}。请在文件管理器中打开。</translation>
    </message>
</context>
<context>
    <name>ThinkingPanel</name>
    <message>
        <location filename="../ui/widgets/thinking_panel.py" line="37"/>
        <source>Model reasoning</source>
        <translation>模型的思考过程</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/thinking_panel.py" line="137"/>
        <source>Thinking (%n s)</source>
        <translation>
            <numerusform>思考中（%n 秒）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="179"/>
        <source>Something went wrong and that action was stopped. The details are in the log file {log}.</source>
        <translation>出错了，该操作已停止。详情见日志文件 {log}。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/pages/outline_page.py" line="61"/>
        <source>Replace the edited outline?</source>
        <translation>替换已编辑的大纲？</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="62"/>
        <source>You edited the outline and did not save it. Generate a new one anyway?</source>
        <translation>你编辑了大纲但还没有保存。仍然要生成新的大纲吗？</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="71"/>
        <source>Replace the outline?</source>
        <translation>替换大纲？</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="72"/>
        <source>The outline has not been saved to the library. Generate a new one anyway?</source>
        <translation>这份大纲还没有保存到资料库。仍要生成新的大纲吗？</translation>
    </message>
</context>
</TS>
