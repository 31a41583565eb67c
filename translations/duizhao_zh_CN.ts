<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>is a folder, not an article file</source>
        <translation>是文件夹，不是文章文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is %1 MB; an article is at most %2 MB</source>
        <translation>文件大小为 %1 MB；文章最多 %2 MB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>文件只有空白</translation>
    </message>
    <message>
        <source>not an article: the first line should start with &quot;Title:&quot;</source>
        <translation>不是文章：第一行应以“Title:”开头</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYY-MM-DD</source>
        <translation>日期“%1”不是 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>the page &quot;%1&quot; is not a number</source>
        <translation>版次“%1”不是数字</translation>
    </message>
    <message>
        <source>the English title is empty</source>
        <translation>英文标题为空</translation>
    </message>
    <message>
        <source>no &quot;&lt;hr /&gt;&quot; line separating the translation from the original</source>
        <translation>缺少分隔译文与原文的“&lt;hr /&gt;”行</translation>
    </message>
    <message>
        <source>the original has no &quot;###&quot; headline</source>
        <translation>原文没有“###”标题行</translation>
    </message>
    <message>
        <source>the original is dated %1 but the header says %2</source>
        <translation>原文日期为 %1，但文件头写的是 %2</translation>
    </message>
    <message>
        <source>the translation has no text</source>
        <translation>译文没有正文</translation>
    </message>
    <message>
        <source>the original has no text</source>
        <translation>原文没有正文</translation>
    </message>
    <message>
        <source>the translation stops in mid-sentence</source>
        <translation>译文在句子中间中断</translation>
    </message>
    <message>
        <source>the original stops in mid-sentence</source>
        <translation>原文在句子中间中断</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Prints the sentences of articles, one per line: article, lang, index, role, start, end, text (tab-separated; start and end are code point offsets into the file).</source>
        <translation>逐行输出文章的句子：文章、语言、序号、角色、起点、终点、文本（以制表符分隔；起点和终点是文件中的码位偏移）。</translation>
    </message>
    <message>
        <source>Only this language: zh or en.</source>
        <translation>只输出此语言：zh 或 en。</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Article files or folders.</source>
        <translation>文章文件或文件夹。</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>路径...</translation>
    </message>
</context>
<context>
    <name>CorpusDock</name>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Filter by date, title or file…</source>
        <translation>按日期、标题或文件名筛选…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n 篇文章</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s)</source>
        <translation><numerusform>%1 / %n 篇文章</numerusform></translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Articles (*.md *.txt);;All files (*)</source>
        <translation>文章 (*.md *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duizhao %1&lt;/h3&gt;&lt;p&gt;Reads the Chinese original of People&apos;s Daily articles beside their English machine translation, sentence by sentence, and checks the translation&apos;s figures against the original&apos;s.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;对照 %1&lt;/h3&gt;&lt;p&gt;逐句并排阅读《人民日报》文章的中文原文与英文机器译文，并以原文核对译文中的数字。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Articles…</source>
        <translation>打开文章(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Article</source>
        <translation>打开示例文章(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Chinese on the Left</source>
        <translation>中文在左侧(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>关于对照(&amp;A)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>停止加载（Esc）</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n file(s)…</source>
        <translation><numerusform>正在加载 %n 个文件…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled: %n article(s) open</source>
        <translation><numerusform>加载已取消：已打开 %n 篇文章</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) open</source>
        <translation><numerusform>已打开 %n 篇文章</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), see the Problems list</source>
        <translation><numerusform>%n 个问题，见“问题”列表</numerusform></translation>
    </message>
    <message>
        <source>This is the last article</source>
        <translation>已是最后一篇文章</translation>
    </message>
    <message>
        <source>This is the first article</source>
        <translation>已是第一篇文章</translation>
    </message>
    <message>
        <source>Duizhao</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>%1 – %2 – Duizhao</source>
        <translation>%1 – %2 – 对照</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Chinese original</source>
        <translation>中文原文</translation>
    </message>
    <message>
        <source>English translation</source>
        <translation>英文译文</translation>
    </message>
    <message>
        <source>Edition %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>专栏：%1</translation>
    </message>
    <message>
        <source>translation cut off</source>
        <translation>译文不完整</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>binary data (a NUL byte at offset %1), not a text file</source>
        <translation>二进制数据（偏移 %1 处有 NUL 字节），不是文本文件</translation>
    </message>
    <message numerus="yes">
        <source>the file ends inside a character; its last %n byte(s) were dropped</source>
        <translation><numerusform>文件在字符中间结束；已丢弃最后 %n 个字节</numerusform></translation>
    </message>
    <message>
        <source>not UTF-8: read as %1 (detected by ICU, confidence %2%)</source>
        <translation>不是 UTF-8：按 %1 读取（ICU 检测，置信度 %2%）</translation>
    </message>
    <message>
        <source>not UTF-8 text (invalid byte 0x%1 at offset %2) and no Chinese encoding recognised</source>
        <translation>不是 UTF-8 文本（偏移 %2 处有无效字节 0x%1），也未识别出中文编码</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads People&apos;s Daily articles: the Chinese original beside the English translation.</source>
        <translation>阅读《人民日报》文章：中文原文与英文译文并排。</translation>
    </message>
    <message>
        <source>Language of the interface: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Article files or folders to open.</source>
        <translation>要打开的文章文件或文件夹。</translation>
    </message>
</context>
</TS>
