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
        <location filename="../ui/app.py" line="114"/>
        <source>Chinese text cannot be shown</source>
        <translation>无法显示中文</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="115"/>
        <source>No font on this computer can show Chinese characters, so they would appear as boxes. Install a Chinese font, for example on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk. Windows and macOS include one already.</source>
        <translation>这台电脑上没有能显示汉字的字体，汉字会显示成方框。请安装一种中文字体，例如在 Debian 或 Ubuntu 上运行：sudo apt-get install fonts-noto-cjk。Windows 和 macOS 已自带中文字体。</translation>
    </message>
</context>
<context>
    <name>CardMaker</name>
    <message>
        <location filename="../ui/controllers/card_maker.py" line="43"/>
        <source>{made} review card(s) made, {there} already there.</source>
        <translation>已生成 {made} 张复习卡片，{there} 张已存在。</translation>
    </message>
    <message>
        <location filename="../ui/controllers/card_maker.py" line="49"/>
        <source>No cards were made: {reason}</source>
        <translation>未生成卡片：{reason}</translation>
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
        <location filename="../ui/pages/chat_page.py" line="130"/>
        <source>Ask the model anything. Everything stays on this computer.</source>
        <translation>向模型提任何问题。所有内容都只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="156"/>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="157"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="158"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="159"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="160"/>
        <source>Stop the answer (Esc); the text so far is kept</source>
        <translation>停止回答（Esc），已生成的文字会保留</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="232"/>
        <location filename="../ui/pages/chat_page.py" line="543"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="274"/>
        <source>Answer copied.</source>
        <translation>回答已复制。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="337"/>
        <source>The model could not be loaded: {reason}</source>
        <translation>模型无法加载：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="340"/>
        <source>Use File &gt; Open model… to choose a .gguf model file.</source>
        <translation>请用“文件 &gt; 打开模型…”选择一个 .gguf 模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="377"/>
        <location filename="../ui/pages/chat_page.py" line="470"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="378"/>
        <source>The answer reached its length limit.</source>
        <translation>回答已达到长度上限。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="395"/>
        <source>The model stopped: {reason}</source>
        <translation>模型已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="419"/>
        <location filename="../ui/pages/chat_page.py" line="546"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="482"/>
        <source>Not from your library (general knowledge): </source>
        <translation>（不是来自你的资料库，而是一般知识）</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="562"/>
        <source>Saved as a note.</source>
        <translation>已存为笔记。</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="566"/>
        <source>The chat library failed: {reason}</source>
        <translation>对话记录出错：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="606"/>
        <source>Type a question (Ctrl+Enter sends)</source>
        <translation>输入问题（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../ui/pages/chat_page.py" line="608"/>
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
        <location filename="../ui/controllers/engine_bridge.py" line="355"/>
        <source>The answer ended without a reason.</source>
        <translation>回答意外结束。</translation>
    </message>
    <message>
        <location filename="../ui/controllers/engine_bridge.py" line="165"/>
        <source>the starter model</source>
        <translation>入门模型</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/error_text.py" line="22"/>
        <source>The model file {path} does not exist. Open another model with File &gt; Open model….</source>
        <translation>模型文件 {path} 不存在。请用“文件 &gt; 打开模型…”打开其他模型。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="26"/>
        <source>The model chosen in the settings, {path}, is missing. Open another model with File &gt; Open model…, or download one with File &gt; Models….</source>
        <translation>设置中选择的模型 {path} 找不到了。请用“文件 &gt; 打开模型…”打开其他模型，或用“文件 &gt; 模型…”下载一个。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="31"/>
        <source>No model named {name} in {where}. Open a .gguf file with File &gt; Open model….</source>
        <translation>在 {where} 中没有名为 {name} 的模型。请用“文件 &gt; 打开模型…”打开一个 .gguf 文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="35"/>
        <source>{name} matches several models ({names}). Choose one with File &gt; Open model….</source>
        <translation>{name} 对应多个模型（{names}）。请用“文件 &gt; 打开模型…”选择其中一个。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="39"/>
        <source>The model stopped: {reason}</source>
        <translation>模型已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="40"/>
        <source>Loading {file} took longer than {seconds} s. The file may be on a slow or failing drive, or too big for this computer&apos;s memory: copy it to the laptop&apos;s own disk or choose a smaller model.</source>
        <translation>加载 {file} 超过了 {seconds} 秒。文件可能在很慢或有故障的磁盘上，或者对这台电脑的内存来说太大：请把它复制到笔记本自己的硬盘上，或选择更小的模型。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="46"/>
        <source>The model could not be loaded: {reason}. Check that {file} is a complete GGUF model file.</source>
        <translation>无法加载模型：{reason}。请检查 {file} 是否是完整的 GGUF 模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="50"/>
        <source>No model is loaded. Open a model first (File &gt; Open model…).</source>
        <translation>尚未加载模型。请先打开一个模型（文件 &gt; 打开模型…）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="53"/>
        <source>The prompt is {prompt_tokens} tokens and the context window holds {n_ctx}, which leaves {room} for the answer; it needs {answer_tokens}. Shorten the prompt by {over} tokens, ask for a shorter answer, or choose a larger Context size in File &gt; Settings….</source>
        <translation>提示词有 {prompt_tokens} 个 token，上下文窗口可容纳 {n_ctx} 个，留给回答的只有 {room} 个；回答需要 {answer_tokens} 个。请把提示词缩短 {over} 个 token、要求更短的回答，或在“文件 &gt; 设置…”中选择更大的“上下文大小”。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="59"/>
        <source>Note {note_id} no longer exists; it may have been deleted.</source>
        <translation>笔记 {note_id} 已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="62"/>
        <source>{path} is a folder, not a model file. Choose a .gguf file.</source>
        <translation>{path} 是文件夹，不是模型文件。请选择一个 .gguf 文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="65"/>
        <source>Cannot read {path}: {reason}. Check the file&apos;s permissions, or copy it to this computer.</source>
        <translation>无法读取 {path}：{reason}。请检查文件权限，或把它复制到这台电脑上。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="69"/>
        <source>{path} is empty, not a GGUF model file. Copy or download it again.</source>
        <translation>{path} 是空文件，不是 GGUF 模型文件。请重新复制或下载。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="72"/>
        <source>{path} is not a GGUF model file: it is a Git LFS pointer, not the model itself. Download the real file.</source>
        <translation>{path} 不是 GGUF 模型文件：它只是 Git LFS 指针，不是模型本身。请下载真正的文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="77"/>
        <source>{path} is not a GGUF model file: it looks like a web page. Use the file&apos;s download link.</source>
        <translation>{path} 不是 GGUF 模型文件：它看起来是一个网页。请使用该文件的下载链接。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="81"/>
        <source>{path} is not a GGUF model file. Choose a .gguf model file.</source>
        <translation>{path} 不是 GGUF 模型文件。请选择一个 .gguf 模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="84"/>
        <source>{name} already exists in {folder}. Choose another name, or use the one already there.</source>
        <translation>{folder} 中已有 {name}。请换一个名字，或直接使用已有的那个。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="88"/>
        <source>{name} cannot be a file name. Use letters, digits, - and _.</source>
        <translation>{name} 不能用作文件名。请使用字母、数字、- 和 _。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="91"/>
        <source>A new name must not end in -0000N-of-0000M: the app adds that itself.</source>
        <translation>新名字不能以 -0000N-of-0000M 结尾：应用会自动加上。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="94"/>
        <source>{folder} has {free_gb} GB free but {file} needs {needed_gb} GB. Free some space or use the model where it is.</source>
        <translation>{folder} 只剩 {free_gb} GB 空间，而 {file} 需要 {needed_gb} GB。请腾出空间，或在原位置使用该模型。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="99"/>
        <source>The disk holding {folder} is full. Free some space and try again.</source>
        <translation>{folder} 所在的磁盘已满。请腾出空间后再试。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="102"/>
        <source>Cannot copy {file} to {folder}: {reason}.</source>
        <translation>无法把 {file} 复制到 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="105"/>
        <source>Cannot rename {file}: {reason}.</source>
        <translation>无法重命名 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="108"/>
        <source>Cannot delete {file}: {reason}.</source>
        <translation>无法删除 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="111"/>
        <source>Cannot create the data folder {folder}: {reason}.</source>
        <translation>无法创建数据文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="114"/>
        <source>Cannot read the library {path}: {reason}.</source>
        <translation>无法读取资料库 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="117"/>
        <source>The library {path} is damaged ({problem}) and could not be moved aside: {reason}. Move it away by hand and start the app again.</source>
        <translation>资料库 {path} 已损坏（{problem}），且无法移到一旁：{reason}。请手动把它移走，然后重新启动应用。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="122"/>
        <source>The disk is full, so {path} could not be written; nothing was left half-written. Free some space and export again.</source>
        <translation>磁盘已满，无法写入 {path}；没有留下写了一半的文件。请腾出空间后重新导出。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="127"/>
        <source>{path} could not be written: the folder is read-only or you lack permission. Choose a folder you can write to.</source>
        <translation>无法写入 {path}：该文件夹是只读的，或你没有权限。请选择一个可以写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="132"/>
        <source>{path} could not be written ({reason}).</source>
        <translation>无法写入 {path}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="135"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="138"/>
        <source>{path} holds no Markdown (.md) files to import.</source>
        <translation>{path} 中没有可导入的 Markdown（.md）文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="141"/>
        <source>{name} cannot be imported: choose a .json export, a .md/.markdown/.txt file or a folder of .md files.</source>
        <translation>无法导入 {name}：请选择 .json 导出文件、.md/.markdown/.txt 文件或包含 .md 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="146"/>
        <source>{path} could not be read ({reason}).</source>
        <translation>无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="149"/>
        <source>{name} is not valid JSON ({reason}).</source>
        <translation>{name} 不是有效的 JSON（{reason}）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="152"/>
        <source>{name} is not a Study Assistant notes export.</source>
        <translation>{name} 不是学习助手的笔记导出文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="155"/>
        <source>{name} has no valid format version; it is not a Study Assistant export.</source>
        <translation>{name} 没有有效的格式版本，不是学习助手的导出文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="158"/>
        <source>{name} was exported by a newer Study Assistant (format version {version}); update the app to import it.</source>
        <translation>{name} 是由更新版本的学习助手导出的（格式版本 {version}）；请更新应用后再导入。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="163"/>
        <source>{name} has no list of notes.</source>
        <translation>{name} 中没有笔记列表。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="166"/>
        <source>The starter model is not installed (missing {missing}). Reinstall Study Assistant, or open another model with File &gt; Open model….</source>
        <translation>入门模型未安装（缺少 {missing}）。请重新安装学习助手，或用“文件 &gt; 打开模型…”打开其他模型。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="171"/>
        <source>Cannot check {path}: {reason}. Check the folder.</source>
        <translation>无法检查 {path}：{reason}。请检查该文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="174"/>
        <source>A piece of {file} cannot be read ({piece}). Reinstall Study Assistant, or open another model with File &gt; Open model….</source>
        <translation>{file} 的一个分块无法读取（{piece}）。请重新安装学习助手，或用“文件 &gt; 打开模型…”打开其他模型。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="179"/>
        <source>The pieces of {file} add up to {total} bytes, not {size}. Reinstall Study Assistant, or open another model with File &gt; Open model….</source>
        <translation>{file} 的各分块合计 {total} 字节，而不是 {size}。请重新安装学习助手，或用“文件 &gt; 打开模型…”打开其他模型。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="184"/>
        <source>The assembled {file} does not match its checksum (expected SHA-256 {expected}…, got {actual}…). Reinstall Study Assistant, or open another model with File &gt; Open model….</source>
        <translation>拼合后的 {file} 与校验和不符（应为 SHA-256 {expected}…，实际为 {actual}…）。请重新安装学习助手，或用“文件 &gt; 打开模型…”打开其他模型。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="189"/>
        <source>There is not enough free disk space in {folder} to assemble {file} ({total} bytes). Free some space and try again.</source>
        <translation>{folder} 中没有足够的磁盘空间来拼合 {file}（{total} 字节）。请腾出空间后再试。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="194"/>
        <source>Cannot write {path}: {reason}. Check the folder and try again.</source>
        <translation>无法写入 {path}：{reason}。请检查该文件夹后再试。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="197"/>
        <source>{file} from {host} does not match its checksum (expected SHA-256 {expected}…, got {actual}…). The damaged download was deleted; try again, or another mirror.</source>
        <translation>从 {host} 下载的 {file} 与校验和不符（应为 SHA-256 {expected}…，实际为 {actual}…）。损坏的下载已删除；请重试，或换一个镜像。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="202"/>
        <source>Not enough free disk space in {folder}: {file} needs {needed_gb} GB more and {free_gb} GB are free. Free some space and try again.</source>
        <translation>{folder} 的磁盘空间不足：{file} 还需要 {needed_gb} GB，而只剩 {free_gb} GB。请腾出空间后再试。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="207"/>
        <source>The disk is full: {file} stopped after {done} bytes. They are kept: free some space and download again to resume.</source>
        <translation>磁盘已满：{file} 在 {done} 字节处停止。已下载的部分会保留：请腾出空间后重新下载以继续。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="212"/>
        <location filename="../ui/error_text.py" line="403"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="215"/>
        <source>Cannot use {path} as the data folder ({reason}). Make the folder writable, or set the STUDY_ASSISTANT_DATA_DIR environment variable to another folder.</source>
        <translation>无法把 {path} 用作数据文件夹（{reason}）。请让该文件夹可写，或把环境变量 STUDY_ASSISTANT_DATA_DIR 设为另一个文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="220"/>
        <source>Port {port} on {host} is in use or not allowed ({reason}). Choose another port.</source>
        <translation>{host} 上的端口 {port} 已被占用或不允许使用（{reason}）。请选择其他端口。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="224"/>
        <source>The context window ({n_ctx} tokens) is too small to outline with; choose a larger Context size in File &gt; Settings….</source>
        <translation>上下文窗口（{n_ctx} 个 token）太小，无法生成大纲；请在“文件 &gt; 设置…”中选择更大的“上下文大小”。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="229"/>
        <source>The disk is full, so the library could not be saved; nothing was changed. Free some space and save again.</source>
        <translation>磁盘已满，资料库无法保存；没有任何改动。请腾出空间后重新保存。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="234"/>
        <source>The library is on a read-only disk or folder, so nothing could be saved. Fix the data folder&apos;s permissions (File &gt; Settings… shows where it is).</source>
        <translation>资料库位于只读的磁盘或文件夹中，无法保存任何内容。请修改数据文件夹的权限（“文件 &gt; 设置…”中显示其位置）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="239"/>
        <source>The library is busy in another Study Assistant window or command. Close it and try again.</source>
        <translation>资料库正被另一个学习助手窗口或命令使用。请关闭它后再试。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="243"/>
        <source>The library could not be read or written ({reason}).</source>
        <translation>无法读写资料库（{reason}）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="246"/>
        <source>The library was written by a newer Study Assistant (schema {current}, this version knows {known}). Update the app to open it.</source>
        <translation>该资料库由更新版本的学习助手写入（结构版本 {current}，本版本只支持 {known}）。请更新应用后再打开。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="251"/>
        <source>Could not save settings to {path}: {reason}.</source>
        <translation>无法把设置保存到 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="254"/>
        <source>Chat {chat_id} no longer exists; it may have been deleted.</source>
        <translation>对话 {chat_id} 已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="257"/>
        <source>The lecture is empty; paste its text or open a lecture file.</source>
        <translation>讲稿是空的；请粘贴讲稿文字，或打开一个讲稿文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="261"/>
        <source>{source} has no text in it; open the file with the lecture&apos;s text.</source>
        <translation>{source} 里没有文字；请打开包含讲稿文字的文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="265"/>
        <source>{path} is a folder, not a file; choose a lecture file in it.</source>
        <translation>{path} 是文件夹，不是文件；请选择其中的讲稿文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="269"/>
        <source>{name} has no file extension, so its type is unknown; rename it to .txt, .md, .srt, .vtt, .docx, .pptx or .pdf, or paste the text.</source>
        <translation>{name} 没有扩展名，无法判断文件类型；请把它改名为 .txt、.md、.srt、.vtt、.docx、.pptx 或 .pdf，或者直接粘贴文字。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="274"/>
        <source>{name} cannot be opened: {suffix} files are not supported. Save it as .docx or PDF in Word or WPS, or paste the text (.txt, .md, .srt, .vtt, .docx, .pptx and .pdf files open).</source>
        <translation>无法打开 {name}：不支持 {suffix} 文件。请在 Word 或 WPS 中另存为 .docx 或 PDF，或者直接粘贴文字（可以打开 .txt、.md、.srt、.vtt、.docx、.pptx 和 .pdf 文件）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="280"/>
        <source>{name} cannot be opened: {suffix} files are not supported. Save it as PDF, or paste the text (.txt, .md, .srt, .vtt, .docx, .pptx and .pdf files open).</source>
        <translation>无法打开 {name}：不支持 {suffix} 文件。请另存为 PDF，或者直接粘贴文字（可以打开 .txt、.md、.srt、.vtt、.docx、.pptx 和 .pdf 文件）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="285"/>
        <source>{name} is {size_mb} MB; lecture files over {limit_mb} MB are not supported. Split it first.</source>
        <translation>{name} 有 {size_mb} MB；不支持超过 {limit_mb} MB 的讲稿文件。请先把它拆分。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="290"/>
        <source>{name} is empty; choose the file with the lecture in it.</source>
        <translation>{name} 是空文件；请选择有讲稿内容的文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="294"/>
        <source>{path} does not exist; check the name and folder.</source>
        <translation>{path} 不存在；请检查文件名和文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="298"/>
        <source>{path} cannot be read: permission denied. Copy the file to your own folder and open the copy.</source>
        <translation>无法读取 {path}：没有权限。请把文件复制到你自己的文件夹，再打开副本。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="303"/>
        <source>{name} is a PDF file; rename it to .pdf and open it again.</source>
        <translation>{name} 其实是 PDF 文件；请把扩展名改为 .pdf 后重新打开。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="307"/>
        <source>{name} is a zip or Office file, not text; if it is a Word document, rename it to .docx and open it again.</source>
        <translation>{name} 是压缩包或 Office 文件，不是纯文本；如果它是 Word 文档，请把扩展名改为 .docx 后重新打开。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="312"/>
        <source>{name} is not a text file: it is not UTF-8, GB18030 or UTF-16 (or Big5) text. Save it as UTF-8 text and try again.</source>
        <translation>{name} 不是文本文件：它不是 UTF-8、GB18030、UTF-16（或 Big5）编码的文字。请另存为 UTF-8 文本后再试。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="317"/>
        <source>{name} is protected by a password; save a copy without the password (or print it to a new PDF), or paste the text.</source>
        <translation>{name} 设有密码；请另存一份不带密码的副本（或打印成新的 PDF），或者直接粘贴文字。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="322"/>
        <source>{name} is encrypted in a way this app cannot open; save a copy without protection, or paste the text.</source>
        <translation>{name} 的加密方式本应用无法打开；请另存一份不加保护的副本，或者直接粘贴文字。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="327"/>
        <source>{name} is damaged or not a PDF; open it in a PDF viewer and save it again, or paste the text.</source>
        <translation>{name} 已损坏或不是 PDF；请用 PDF 阅读器打开后重新保存，或者直接粘贴文字。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="332"/>
        <source>{name} has no text layer (a scanned PDF?). Run OCR on it first or paste the text.</source>
        <translation>{name} 没有文字层（可能是扫描件）。请先做文字识别（OCR），或者直接粘贴文字。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="336"/>
        <source>{name} is password-protected or an old Word 97-2003 file; save it in Word as .docx without a password, or paste the text.</source>
        <translation>{name} 设有密码，或是旧的 Word 97-2003 文件；请在 Word 中另存为不带密码的 .docx，或者直接粘贴文字。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="341"/>
        <source>{name} is too large to read; split the document first.</source>
        <translation>{name} 太大，无法读取；请先拆分文档。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="345"/>
        <source>{name} is damaged or not a Word .docx document; open it in Word, save it again as .docx, or paste the text.</source>
        <translation>{name} 已损坏或不是 Word .docx 文档；请用 Word 打开并重新另存为 .docx，或者直接粘贴文字。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="350"/>
        <source>{name} is damaged or not a PowerPoint .pptx file; open it in PowerPoint, save it again as .pptx, or paste the text.</source>
        <translation>{name} 已损坏或不是 PowerPoint .pptx 文件；请用 PowerPoint 打开并重新另存为 .pptx，或者直接粘贴文字。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="355"/>
        <source>{path} has an invalid split-part name. Rename it as it was downloaded.</source>
        <translation>{path} 的分卷文件名无效。请把它改回下载时的名字。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="359"/>
        <source>Part {part} of the split model {name} is missing. Put all {total} parts in {folder}.</source>
        <translation>分卷模型 {name} 缺少分卷 {part}。请把全部 {total} 个分卷放在 {folder} 中。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="363"/>
        <source>{path} is part of a model split into {split_count} files, but its name does not end in -00001-of-000NN.gguf. Restore the parts&apos; original names.</source>
        <translation>{path} 是一个分成 {split_count} 个文件的模型的一部分，但文件名不是以 -00001-of-000NN.gguf 结尾。请恢复各分卷原来的名字。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="368"/>
        <source>{path} says the model has {split_count} parts, but its name says {named}. Download the parts again.</source>
        <translation>{path} 显示模型共有 {split_count} 个分卷，但文件名表示有 {named} 个。请重新下载各分卷。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="373"/>
        <source>{path} says it is part {says}, not {expected}. Download it again.</source>
        <translation>{path} 显示自己是第 {says} 个分卷，而不是第 {expected} 个。请重新下载。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="377"/>
        <source>A lesson belongs to a course: choose the course too.</source>
        <translation>课时属于某门课程：请同时选择课程。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="381"/>
        <source>The prompt is empty. Type a prompt first.</source>
        <translation>提示词是空的。请先输入提示词。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="385"/>
        <source>The prompt has {chars} characters; the checker reads at most {limit}. Shorten it.</source>
        <translation>提示词有 {chars} 个字符；检查器最多读取 {limit} 个。请缩短提示词。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="389"/>
        <source>The question is empty. Type a question to ask your library.</source>
        <translation>问题是空的。请输入要向资料库提问的问题。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="393"/>
        <source>Note {note_id} ({title}) has no key terms with definitions and no review questions to make cards from. Make cards from a saved outline, or select a sentence in the note for a cloze card.</source>
        <translation>笔记 {note_id}（{title}）没有带释义的关键术语，也没有复习题，无法制作卡片。请从已保存的大纲制作卡片，或在笔记中选中一句话制作填空卡。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="399"/>
        <source>Select the words to hide in the note first; the selection is empty.</source>
        <translation>请先在笔记中选中要遮住的词语；当前没有选中内容。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="407"/>
        <source>The PDF for {path} could not be produced; try the HTML export.</source>
        <translation>无法生成 {path} 的 PDF；请改用 HTML 导出。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="411"/>
        <source>{endpoint} is not a server address such as http://10.0.0.5:8765. Correct the class server address in Settings.</source>
        <translation>{endpoint} 不是服务器地址（例如 http://10.0.0.5:8765）。请在“设置”中改正课堂服务器地址。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="416"/>
        <source>Could not reach the class server at {url} ({reason}); check the address and that the server is running.</source>
        <translation>无法连接 {url} 的课堂服务器（{reason}）；请检查地址，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="421"/>
        <source>The class server at {url} refused the API key (HTTP {status}); ask the instructor for the key and enter it in Settings.</source>
        <translation>{url} 的课堂服务器拒绝了 API 密钥（HTTP {status}）；请向讲师索取密钥，并在“设置”中填写。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="426"/>
        <source>The class server at {url} answered HTTP {status}: {detail}</source>
        <translation>{url} 的课堂服务器返回 HTTP {status}：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="430"/>
        <source>The class server sent an unreadable answer ({reason}).</source>
        <translation>课堂服务器返回了无法读取的回答（{reason}）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="434"/>
        <source>The llama-server set in Settings, {path}, is not an executable file. Fix the path or clear it to use the built-in server.</source>
        <translation>“设置”中指定的 llama-server（{path}）不是可执行文件。请改正路径，或清空它以使用内置服务器。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="439"/>
        <source>A class server needs an API key.</source>
        <translation>课堂服务器需要一个 API 密钥。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="443"/>
        <source>This copy of Study Assistant has no built-in class server. Put llama.cpp&apos;s llama-server on this computer and set its path in Settings (see the README, Classroom).</source>
        <translation>此版本的学习助手没有内置课堂服务器。请在这台电脑上放置 llama.cpp 的 llama-server，并在“设置”中填写它的路径（见 README 的“课堂”一节）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="449"/>
        <source>Cannot start {program}: {reason}.</source>
        <translation>无法启动 {program}：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="453"/>
        <source>The class server stopped while starting: {reason}</source>
        <translation>课堂服务器在启动过程中停止了：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="457"/>
        <source>The class server did not start within {seconds} s.</source>
        <translation>课堂服务器在 {seconds} 秒内没有启动。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="461"/>
        <source>The class server stopped answering ({reason}).</source>
        <translation>课堂服务器停止了回答（{reason}）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="465"/>
        <source>The class server reported an error: {detail}</source>
        <translation>课堂服务器报告了一个错误：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="469"/>
        <source>The class server sent nothing for {seconds} s; it may be busy with many questions. Try again in a moment.</source>
        <translation>课堂服务器 {seconds} 秒内没有任何回应；它可能正忙于回答很多问题。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="474"/>
        <source>Could not download {file} from any mirror ({notes}).</source>
        <translation>无法从任何镜像下载 {file}（{notes}）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="478"/>
        <source>Could not download {file} from any mirror ({notes}). {kept} bytes are kept; download it again to resume.</source>
        <translation>无法从任何镜像下载 {file}（{notes}）。已保留 {kept} 字节；再次下载即可继续。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="483"/>
        <source>{path} already exists but is a different file (SHA-256 {actual}…, expected {expected}…). Rename or delete it, then download again.</source>
        <translation>{path} 已存在，但它是另一个文件（SHA-256 {actual}…，应为 {expected}…）。请重命名或删除它，然后重新下载。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="488"/>
        <source>What {host} sent for {file} is not a usable GGUF model, so it was deleted ({reason}).</source>
        <translation>{host} 发来的 {file} 不是可用的 GGUF 模型，已被删除（{reason}）。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="492"/>
        <source>Cannot create {path}: {reason}.</source>
        <translation>无法创建 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="496"/>
        <source>Cannot rename the download to {path}: {reason}.</source>
        <translation>无法把下载的文件重命名为 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="500"/>
        <source>{path} is damaged ({why}). Copy or download it again.</source>
        <translation>{path} 已损坏（{why}）。请重新复制或下载。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="504"/>
        <source>{path} is truncated: it has {size} bytes but its tensors need {needed}. Copy or download it again.</source>
        <translation>{path} 不完整：文件只有 {size} 字节，但张量需要 {needed} 字节。请重新复制或下载。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="509"/>
        <source>{path} uses GGUF version {version}, which this app cannot read. Convert it again with a current llama.cpp.</source>
        <translation>{path} 使用 GGUF 第 {version} 版，本应用无法读取。请用新版 llama.cpp 重新转换。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="514"/>
        <source>{path} uses GGUF version {version}, which this app cannot read. Update the app.</source>
        <translation>{path} 使用 GGUF 第 {version} 版，本应用无法读取。请更新本应用。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="522"/>
        <source>Something went wrong: {message}</source>
        <translation>出错了：{message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="523"/>
        <source>This cannot be done: {message}</source>
        <translation>无法执行此操作：{message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="524"/>
        <source>Model problem: {message}</source>
        <translation>模型出现问题：{message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="525"/>
        <source>This input cannot be used: {message}</source>
        <translation>无法使用此输入：{message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="528"/>
        <source>The library or data folder cannot be read or written: {message}</source>
        <translation>无法读写资料库或数据文件夹：{message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="531"/>
        <source>The download failed: {message}</source>
        <translation>下载失败：{message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="532"/>
        <source>The prompt pack cannot be imported: {message}</source>
        <translation>无法导入此提示词包：{message}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="540"/>
        <source>An unexpected error ({kind}) occurred; the log file has the details.</source>
        <translation>发生意外错误（{kind}），详情见日志文件。</translation>
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
        <location filename="../ui/widgets/lecture_input.py" line="75"/>
        <source>Lecture text</source>
        <translation>讲课内容</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="77"/>
        <source>Paste the lecture here, or drop a .txt or .md file on the page.</source>
        <translation>把讲课内容粘贴到这里，或把 .txt、.md 文件拖到页面上。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="79"/>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="83"/>
        <source>Markdown headings</source>
        <translation>Markdown 标题</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="84"/>
        <source>公文 numbering</source>
        <translation>公文编号</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="85"/>
        <source>Cornell</source>
        <translation>康奈尔笔记</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="90"/>
        <source>Auto</source>
        <translation>自动</translation>
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
        <translation>大纲使用的语言</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="99"/>
        <source>Lecture</source>
        <translation>讲课内容</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="105"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="106"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="138"/>
        <source>Open lecture</source>
        <translation>打开讲义</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="141"/>
        <source>Lectures (*.txt *.md *.markdown *.srt *.vtt *.docx *.pptx *.pdf);;All files (*)</source>
        <translation>讲稿 (*.txt *.md *.markdown *.srt *.vtt *.docx *.pptx *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="147"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/lecture_input.py" line="163"/>
        <source>Opened {name}.</source>
        <translation>已打开 {name}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/lecture_input.py" line="208"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryAskBar</name>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="41"/>
        <source>Use my library</source>
        <translation>使用我的资料库</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="43"/>
        <source>Answer from your notes and saved outlines, citing them [1] [2]</source>
        <translation>根据你的笔记和已保存的大纲回答，并标注出处 [1] [2]</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="46"/>
        <source>Course to ask</source>
        <translation>提问的课程</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="48"/>
        <source>Lesson to ask</source>
        <translation>提问的课次</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="50"/>
        <source>Sources of the answer</source>
        <translation>回答的出处</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="57"/>
        <source>Sources (open one to see the passage):</source>
        <translation>出处（打开一条即可查看原文段落）：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="134"/>
        <source>All courses</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <location filename="../ui/widgets/library_ask_bar.py" line="147"/>
        <source>All lessons</source>
        <translation>全部课次</translation>
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
        <location filename="../ui/main_window.py" line="101"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="102"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="104"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="105"/>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="165"/>
        <source>New &amp;note</source>
        <translation>新建笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>&amp;New chat</source>
        <translation>新对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="167"/>
        <source>&amp;Open lecture…</source>
        <translation>打开讲稿(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170"/>
        <source>Open &amp;model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="174"/>
        <source>&amp;Models…</source>
        <translation>模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="175"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="177"/>
        <source>&amp;Import prompt pack…</source>
        <translation>导入提示词包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178"/>
        <source>&amp;Export prompt pack…</source>
        <translation>导出提示词包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="183"/>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="188"/>
        <source>&amp;Library sidebar</source>
        <translation>资料库侧栏(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="193"/>
        <source>Show the library (hidden to make room for the page): Ctrl+Shift+L</source>
        <translation>显示资料库（为给页面留出空间而隐藏）：Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="201"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="202"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="225"/>
        <source>the class server</source>
        <translation>课堂服务器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="332"/>
        <source>The class server&apos;s model is in use</source>
        <translation>正在使用班级服务器的模型</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="334"/>
        <source>{name} was not loaded: this app answers with the class server&apos;s model. To use a model file on this computer, clear the class server address in Settings, then open the file again.</source>
        <translation>未加载 {name}：本应用正在使用班级服务器的模型回答。要使用这台电脑上的模型文件，请先在“设置”中清除班级服务器地址，再重新打开该文件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="410"/>
        <source>The library was repaired</source>
        <translation>笔记库已修复</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="413"/>
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
        <location filename="../ui/widgets/model_bar.py" line="119"/>
        <location filename="../ui/widgets/model_bar.py" line="127"/>
        <source>No model</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="97"/>
        <source>Open model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="98"/>
        <source>Choose a .gguf model file on this computer</source>
        <translation>选择这台电脑上的 .gguf 模型文件</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="100"/>
        <source>Models…</source>
        <translation>模型…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="102"/>
        <source>Models on this computer, downloads, and serving a model to the class</source>
        <translation>本机上的模型、下载，以及把模型共享给全班</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="85"/>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="142"/>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="144"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="153"/>
        <source>Loading {name}…</source>
        <translation>正在加载 {name}…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="163"/>
        <location filename="../ui/widgets/model_bar.py" line="200"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="168"/>
        <source>Failed: {reason} Use File &gt; Open model… to choose a model.</source>
        <translation>失败：{reason} 请用“文件 &gt; 打开模型…”选择模型。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="179"/>
        <source>Generating… {rate:.1f} tok/s</source>
        <translation>生成中… {rate:.1f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="182"/>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="197"/>
        <source>Ready · last answer {rate:.1f} tok/s</source>
        <translation>就绪 · 上次回答 {rate:.1f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../ui/widgets/model_bar.py" line="205"/>
        <source>Failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
</context>
<context>
    <name>ModelLibraryPanel</name>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="78"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="78"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="78"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="78"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="78"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="95"/>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="96"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="97"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="98"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="99"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="100"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="110"/>
        <source>Cancel copy</source>
        <translation>取消复制</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="149"/>
        <source>Looking for models…</source>
        <translation>正在查找模型…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="174"/>
        <source>No models found in {folders}.</source>
        <translation>在 {folders} 中没有找到模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="176"/>
        <source>{count} model(s)</source>
        <translation>{count} 个模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="193"/>
        <source>reasoning</source>
        <translation>推理模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="194"/>
        <source>Broken</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="211"/>
        <source>Fits</source>
        <translation>够用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="213"/>
        <source>Tight</source>
        <translation>偏紧</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="215"/>
        <source>Won&apos;t fit</source>
        <translation>内存不够</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="216"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="219"/>
        <source>Needs about {needed} with a {ctx}-token context</source>
        <translation>上下文为 {ctx} 个词元时约需 {needed}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="223"/>
        <source>{free} free now</source>
        <translation>当前可用 {free}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="226"/>
        <source>Fits with a context of up to {ctx} tokens.</source>
        <translation>上下文不超过 {ctx} 个词元时可以运行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="230"/>
        <source>Too big for this computer even with a small context.</source>
        <translation>即使上下文很小，这台电脑也运行不了。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="251"/>
        <source>Cannot be used: {reason}</source>
        <translation>无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="267"/>
        <location filename="../ui/dialogs/models_dialog.py" line="272"/>
        <source>Import a model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="267"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="275"/>
        <source>Copy {name} into Study Assistant&apos;s models folder, or use it where it is? A model used where it is disappears when its USB stick is removed.</source>
        <translation>把 {name} 复制到学习助手的模型文件夹，还是在原位置直接使用？在原位置使用的模型会在拔出 U 盘后消失。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="279"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="280"/>
        <source>Use where it is</source>
        <translation>在原位置使用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="305"/>
        <source>Copying {name}…</source>
        <translation>正在复制 {name}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="325"/>
        <source>The copy was cancelled; nothing was kept.</source>
        <translation>复制已取消，没有留下任何文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="319"/>
        <source>Imported {name}.</source>
        <translation>已导入 {name}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="330"/>
        <source>The import failed: {reason}</source>
        <translation>导入失败：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="356"/>
        <source>Added the folder {folder}.</source>
        <translation>已添加文件夹 {folder}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="367"/>
        <location filename="../ui/dialogs/models_dialog.py" line="374"/>
        <source>Rename model</source>
        <translation>重命名模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="367"/>
        <source>New file name:</source>
        <translation>新文件名：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="389"/>
        <location filename="../ui/dialogs/models_dialog.py" line="403"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="390"/>
        <source>Delete {name} ({size}) from this computer? This cannot be undone.</source>
        <translation>要从这台电脑删除 {name}（{size}）吗？删除后无法恢复。</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="438"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="443"/>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="444"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/models_dialog.py" line="445"/>
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
        <location filename="../ui/pages/notes_page.py" line="110"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="110"/>
        <source>Start a new note</source>
        <translation>新建一篇笔记</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="112"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="112"/>
        <source>Save the note (Ctrl+S)</source>
        <translation>保存笔记（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="115"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="115"/>
        <source>Delete this note</source>
        <translation>删除这篇笔记</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="118"/>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="118"/>
        <source>Earlier versions of this note</source>
        <translation>这篇笔记以前的版本</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="121"/>
        <source>Make cards</source>
        <translation>生成卡片</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="123"/>
        <source>Review cards from this note: a selection becomes a fill-in-the-gap card; an outline gives its key terms and review questions</source>
        <translation>从这条笔记生成复习卡片：选中的文字生成填空卡；大纲生成关键术语卡和复习题卡</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="129"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="135"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="147"/>
        <location filename="../ui/pages/notes_page.py" line="148"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="149"/>
        <location filename="../ui/pages/notes_page.py" line="185"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="150"/>
        <location filename="../ui/pages/notes_page.py" line="186"/>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="152"/>
        <source>tag, another tag</source>
        <translation>标签, 另一个标签</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="153"/>
        <location filename="../ui/pages/notes_page.py" line="187"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="155"/>
        <source>Note text (Markdown)</source>
        <translation>笔记正文（Markdown）</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="157"/>
        <source>Write in Markdown: # heading, - list item, **bold**.</source>
        <translation>用 Markdown 书写：# 标题，- 列表项，**加粗**。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="160"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="161"/>
        <source>The preview appears here as you write.</source>
        <translation>边写边在这里预览。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="215"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="310"/>
        <source>Save the note first, then make cards from it.</source>
        <translation>请先保存笔记，再从中生成卡片。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="338"/>
        <source>Write a title or some text first.</source>
        <translation>请先写标题或正文。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="341"/>
        <source>A lesson belongs to a course: choose the course too.</source>
        <translation>课时属于某个课程：请同时选择课程。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="367"/>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="368"/>
        <source>Delete “{title}” and its history? This cannot be undone.</source>
        <translation>删除“{title}”及其历史版本？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="384"/>
        <source>The note could not be deleted: {reason}</source>
        <translation>无法删除笔记：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="433"/>
        <source>The version could not be restored: {reason}</source>
        <translation>无法恢复该版本：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="479"/>
        <source>The note could not be opened: {reason}</source>
        <translation>无法打开笔记：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="537"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="539"/>
        <source>Draft autosaved {time}</source>
        <translation>草稿已于 {time} 自动保存</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="541"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="543"/>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="545"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="578"/>
        <source>The note was not saved: {reason}</source>
        <translation>笔记未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="584"/>
        <source>Deleted “{title}”.</source>
        <translation>已删除“{title}”。</translation>
    </message>
    <message>
        <location filename="../ui/pages/notes_page.py" line="593"/>
        <source>The earlier version is back; the text before it is in the history.</source>
        <translation>已恢复以前的版本；恢复前的文字保存在历史版本中。</translation>
    </message>
</context>
<context>
    <name>OutlinePage</name>
    <message>
        <location filename="../ui/pages/outline_page.py" line="135"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="136"/>
        <source>Generate the outline (Ctrl+Enter)</source>
        <translation>生成大纲（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="138"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="139"/>
        <source>Stop (Esc); the outline so far is kept</source>
        <translation>停止（Esc），已生成的大纲会保留</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="143"/>
        <source>The outline appears here.</source>
        <translation>大纲会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="145"/>
        <source>Outline Markdown</source>
        <translation>大纲 Markdown</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="149"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="151"/>
        <source>Edit the outline&apos;s Markdown</source>
        <translation>编辑大纲的 Markdown</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="152"/>
        <source>Save to library…</source>
        <translation>保存到笔记库…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="153"/>
        <source>Make cards</source>
        <translation>生成卡片</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="155"/>
        <source>Review cards from the saved outline&apos;s key terms and review questions</source>
        <translation>用已保存大纲的关键术语和复习题生成复习卡片</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="166"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="243"/>
        <source>The model is still answering on another page; wait or stop it.</source>
        <translation>模型还在另一个页面上回答；请等待或停止它。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="257"/>
        <source>Paste a lecture or open a file first.</source>
        <translation>请先粘贴讲课内容或打开文件。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="284"/>
        <source>Reading the lecture…</source>
        <translation>正在读取讲稿…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="356"/>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="357"/>
        <source>Generating… {rate} tok/s</source>
        <translation>正在生成… 每秒 {rate} 个词元</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="365"/>
        <source>Done in {seconds}.</source>
        <translation>完成，用时 {seconds}。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="372"/>
        <source>Stopped — the partial outline is kept.</source>
        <translation>已停止——已生成的部分大纲会保留。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="373"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="378"/>
        <source>The model stopped: {reason}</source>
        <translation>模型已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="380"/>
        <source>The partial outline is kept.</source>
        <translation>已生成的部分大纲会保留。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="456"/>
        <source>Waiting for a model…</source>
        <translation>正在等待模型…</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="469"/>
        <source>Lecture outline</source>
        <translation>讲课大纲</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="506"/>
        <source>Saved to the library.</source>
        <translation>已保存到笔记库。</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="511"/>
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
        <location filename="../ui/pages/practice_page.py" line="106"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="107"/>
        <source>Send the prompt to the model (Ctrl+Enter)</source>
        <translation>把提示词发给模型（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="108"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="109"/>
        <source>Critique</source>
        <translation>点评</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="145"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="144"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="111"/>
        <source>The model proposes a sentence for each missing part; you keep or edit them</source>
        <translation>模型为每个缺少的要素建议一句话，由你保留或修改</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="146"/>
        <source>Side by side</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="147"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="324"/>
        <source>Stopped before the model wrote anything.</source>
        <translation>在模型写出内容之前已停止。</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="334"/>
        <source>Write prompt B first (or copy prompt A and change it).</source>
        <translation>请先写提示词 B（或复制提示词 A 再修改）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="261"/>
        <location filename="../ui/pages/practice_page.py" line="338"/>
        <source>temperature {t}, seed {seed}</source>
        <translation>温度 {t}，种子 {seed}</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="353"/>
        <source>Write a prompt first.</source>
        <translation>请先写提示词。</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="356"/>
        <source>Wait for the model to load, or open one (File menu).</source>
        <translation>请等模型加载完成，或打开一个模型（文件菜单）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="297"/>
        <location filename="../ui/pages/practice_page.py" line="381"/>
        <source>Asking the model…</source>
        <translation>正在询问模型…</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="393"/>
        <source>Stopped; the answer so far is kept.</source>
        <translation>已停止，已生成的内容会保留。</translation>
    </message>
    <message>
        <location filename="../ui/pages/practice_page.py" line="400"/>
        <location filename="../ui/pages/practice_page.py" line="402"/>
        <location filename="../ui/pages/practice_page.py" line="409"/>
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
        <location filename="../ui/widgets/prompt_composer.py" line="31"/>
        <source>en</source>
        <comment>Language code of the practice content for this translation: zh, vi or en.</comment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="61"/>
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="63"/>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="83"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="85"/>
        <source>Write your prompt here; the feedback updates as you type.</source>
        <translation>在这里写提示词，反馈会随着输入实时更新。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="87"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="88"/>
        <source>Free text</source>
        <translation>自由书写</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="92"/>
        <source>Exercise:</source>
        <translation>练习：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="94"/>
        <source>Framework:</source>
        <translation>框架：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="118"/>
        <source>Free practice (no exercise)</source>
        <translation>自由练习（不选练习题）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="121"/>
        <source>Best fit (auto)</source>
        <translation>自动选择最匹配的框架</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="208"/>
        <source>Write any prompt, or pick an exercise for a scenario to practise on.</source>
        <translation>可以随意写提示词，也可以选一道练习题，按场景来练。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="212"/>
        <source>A good prompt has:</source>
        <translation>好的提示词应包含：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/prompt_composer.py" line="225"/>
        <source>Choose a framework above to fill in its form.</source>
        <translation>在上方选择一个框架，即可按表单填写。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/pages/review_page.py" line="109"/>
        <source>Courses with cards due</source>
        <translation>有待复习卡片的课程</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="113"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="115"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="122"/>
        <source>Type your answer (optional), then Enter</source>
        <translation>输入你的答案（可选），然后按回车</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="128"/>
        <source>The model&apos;s check of your answer</source>
        <translation>模型对你答案的检查</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="129"/>
        <source>Show answer (Space)</source>
        <translation>显示答案（空格）</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="131"/>
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="131"/>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="131"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="131"/>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="208"/>
        <source>Covered {share}. Missing: {parts}</source>
        <translation>覆盖 {share}。缺少：{parts}</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="212"/>
        <source>Covered {share}: nothing important is missing.</source>
        <translation>覆盖 {share}：没有缺少重要内容。</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="239"/>
        <source>The model is checking your answer…</source>
        <translation>模型正在检查你的答案…</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="248"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="255"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="269"/>
        <source>The rating was not saved: {reason}</source>
        <translation>评分未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="299"/>
        <source>All courses ({n})</source>
        <translation>全部课程（{n}）</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="302"/>
        <source>{course} ({n})</source>
        <translation>{course}（{n}）</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="317"/>
        <source>Today: {done} reviewed · {left} due</source>
        <translation>今天：已复习 {done} 张 · 待复习 {left} 张</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="328"/>
        <source>No cards are due. Make cards on the Outline or Notes page.</source>
        <translation>没有待复习的卡片。可以在“大纲”或“笔记”页面生成卡片。</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="339"/>
        <source>From {title} (the note was deleted)</source>
        <translation>出自《{title}》（该笔记已删除）</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="342"/>
        <source>From {title}</source>
        <translation>出自《{title}》</translation>
    </message>
    <message>
        <location filename="../ui/pages/review_page.py" line="382"/>
        <source>The library failed: {reason}</source>
        <translation>笔记库出错：{reason}</translation>
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
        <location filename="../ui/dialogs/settings_dialog.py" line="61"/>
        <source>There is no file at {path}. Check the path or use Browse…</source>
        <translation>{path} 处没有文件。请检查路径或点击“浏览…”。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="65"/>
        <source>{path} is a folder. Choose a .gguf model file.</source>
        <translation>{path} 是文件夹。请选择一个 .gguf 模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="69"/>
        <source>{name} is not a .gguf model file.</source>
        <translation>{name} 不是 .gguf 模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="141"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="150"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="151"/>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="152"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="153"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="159"/>
        <source>Language, font size and theme change as soon as you press OK; what you typed stays. The model, threads, context size and GPU layers apply the next time a model is loaded.</source>
        <translation>按“确定”后，语言、字号和主题会立即生效；已输入的文字会保留。模型、线程数、上下文大小和 GPU 层数在下次加载模型时生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="199"/>
        <source>Empty: use the built-in starter model</source>
        <translation>留空：使用内置的入门模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="202"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="211"/>
        <source>Model file:</source>
        <translation>模型文件：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="215"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="217"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="227"/>
        <source>Model folders:</source>
        <translation>模型文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="229"/>
        <source>Study Assistant also looks for .gguf files in these folders.</source>
        <translation>学习助手也会在这些文件夹里查找 .gguf 文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="235"/>
        <source>Automatic ({cores} cores)</source>
        <translation>自动（{cores} 个核心）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="237"/>
        <source>Threads:</source>
        <translation>线程数：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="239"/>
        <source>More threads than this computer&apos;s cores usually makes it slower.</source>
        <translation>线程数超过这台电脑的核心数，通常反而更慢。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="243"/>
        <source>Automatic (the model&apos;s own, at most 8192)</source>
        <translation>自动（模型自身的大小，最多 8192）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="245"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="377"/>
        <source>{size} tokens</source>
        <translation>{size} 个词元</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="246"/>
        <source>Context size:</source>
        <translation>上下文大小：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="248"/>
        <source>A bigger context holds longer texts but needs more memory.</source>
        <translation>上下文越大，能容纳的文字越长，但需要更多内存。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="253"/>
        <source>GPU layers:</source>
        <translation>GPU 层数：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="254"/>
        <source>0 = CPU only, the right choice without a graphics card.</source>
        <translation>0 = 只用 CPU，没有独立显卡时请选它。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="257"/>
        <source>Empty: use the model on this computer</source>
        <translation>留空：使用本机上的模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="259"/>
        <source>Class server:</source>
        <translation>课堂服务器：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="261"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="266"/>
        <source>The address (e.g. http://192.168.1.20:8765/v1) and key your instructor shows. Applies the next time Study Assistant starts.</source>
        <translation>填写老师给出的地址（例如 http://192.168.1.20:8765/v1）和密钥。下次启动学习助手时生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="282"/>
        <source>Automatic (0.6 for DeepSeek-R1 models, 0.7 for others)</source>
        <translation>自动（DeepSeek-R1 模型为 0.6，其他为 0.7）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="286"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="289"/>
        <source>Lower gives focused, repeatable answers; higher gives varied ones.</source>
        <translation>越低回答越集中、越稳定；越高回答越多样。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="296"/>
        <source>Automatic (0.95)</source>
        <translation>自动（0.95）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="298"/>
        <source>Top p:</source>
        <translation>Top p：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="301"/>
        <source>The model picks only among the likeliest words that add up to this.</source>
        <translation>模型只在累计概率达到该值的最可能词中选择。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="307"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="308"/>
        <source>Longest answer (tokens):</source>
        <translation>最长回答（词元）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="309"/>
        <source>0 = no limit: the answer ends when the model is done.</source>
        <translation>0 = 不限：模型说完就结束。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="316"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="319"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="323"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="324"/>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="327"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="328"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="329"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="340"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="354"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="345"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="349"/>
        <source>Your notes, chats, settings, backups and imported models are kept here.</source>
        <translation>你的笔记、对话、设置、备份和导入的模型都保存在这里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="359"/>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="360"/>
        <source>If something goes wrong, the details are in this file.</source>
        <translation>出问题时，详情记录在这个文件里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="454"/>
        <source>Choose a model file</source>
        <translation>选择模型文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="456"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="468"/>
        <source>Add a model folder</source>
        <translation>添加模型文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="488"/>
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
        <location filename="../ui/app.py" line="180"/>
        <source>Something went wrong and that action was stopped. The details are in the log file {log}.</source>
        <translation>出错了，该操作已停止。详情见日志文件 {log}。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/pages/outline_page.py" line="62"/>
        <source>Replace the edited outline?</source>
        <translation>替换已编辑的大纲？</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="63"/>
        <source>You edited the outline and did not save it. Generate a new one anyway?</source>
        <translation>你编辑了大纲但还没有保存。仍然要生成新的大纲吗？</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="72"/>
        <source>Replace the outline?</source>
        <translation>替换大纲？</translation>
    </message>
    <message>
        <location filename="../ui/pages/outline_page.py" line="73"/>
        <source>The outline has not been saved to the library. Generate a new one anyway?</source>
        <translation>这份大纲还没有保存到资料库。仍要生成新的大纲吗？</translation>
    </message>
</context>
</TS>
