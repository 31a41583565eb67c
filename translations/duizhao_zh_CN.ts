<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analyzer</name>
    <message>
        <source>the Chinese text holds more than %1 sentences; the rest of it is not analysed</source>
        <translation>中文原文超过 %1 个句子；其余部分未作分析</translation>
    </message>
    <message>
        <source>the English text holds more than %1 sentences; the rest of it is not analysed</source>
        <translation>英文译文超过 %1 个句子；其余部分未作分析</translation>
    </message>
    <message>
        <source>the Chinese text holds more than %1 figures; the rest of it is not read</source>
        <translation>中文原文超过 %1 个数字；其余部分未读取</translation>
    </message>
    <message>
        <source>the English text holds more than %1 figures; the rest of it is not read</source>
        <translation>英文译文超过 %1 个数字；其余部分未读取</translation>
    </message>
</context>
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
    <message>
        <source>is a link to a file that does not exist (%1)</source>
        <translation>是指向不存在文件的链接（%1）</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>文件中没有文字</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1, logarithmic scale</source>
        <translation>%1，对数刻度</translation>
    </message>
    <message>
        <source>No figures for this metric</source>
        <translation>此指标没有数字</translation>
    </message>
    <message>
        <source>%1: %2 in the original, %3 in the translation</source>
        <translation>%1：原文 %2，译文 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Original (Chinese)</source>
        <translation>原文（中文）</translation>
    </message>
    <message>
        <source>Region, whole area (original)</source>
        <translation>大区，全区（原文）</translation>
    </message>
    <message>
        <source>Translation (English)</source>
        <translation>译文（英文）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1, planned: %2</source>
        <translation>%1，计划：%2</translation>
    </message>
    <message>
        <source>Plans and targets (original)</source>
        <translation>计划与指标（原文）</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>The chart could not be drawn at %1×%2.</source>
        <translation>无法以 %1×%2 绘制图表。</translation>
    </message>
    <message>
        <source>Chart exported by Duizhao</source>
        <translation>由“对照”导出的图表</translation>
    </message>
    <message>
        <source>The SVG file could not be started.</source>
        <translation>无法创建 SVG 文件。</translation>
    </message>
</context>
<context>
    <name>ChartFigures</name>
    <message numerus="yes">
        <source>%n figures, their average shown:</source>
        <translation>
            <numerusform>%n 个数字，显示其平均值：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figures, the largest shown:</source>
        <translation>
            <numerusform>%n 个数字，显示其中最大者：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, p. %2, %3</source>
        <translation>%1，第 %2 版，%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2 (old yuan)</source>
        <translation>%1：%2（旧币）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) before 1955-03-01 converted from old yuan (10 000 old = 1 new yuan)</source>
        <translation>
            <numerusform>%n 个 1955-03-01 以前的数字已由旧币折算（旧币一万元 = 新币一元）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in other units not shown</source>
        <translation>
            <numerusform>%n 个其他单位的数字未显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>By &amp;province</source>
        <translation>按省(&amp;P)</translation>
    </message>
    <message>
        <source>By &amp;date</source>
        <translation>按日期(&amp;D)</translation>
    </message>
    <message>
        <source>The metric over the dates of the articles open (needs several)</source>
        <translation>该指标随已打开文章日期的变化（需要多篇文章）</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>将图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>将图表保存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1:
%2</source>
        <translation>无法将图表保存到 %1：
%2</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>Show p&amp;lans</source>
        <translation>显示计划(&amp;L)</translation>
    </message>
    <message>
        <source>Plans, targets and estimates as a grey series of their own (by province); never added to what was achieved</source>
        <translation>计划、指标和估计作为单独的灰色系列显示（按省）；从不与已完成的数字相加</translation>
    </message>
</context>
<context>
    <name>ChartTitles</name>
    <message>
        <source>%1 over time</source>
        <translation>%1随时间变化</translation>
    </message>
    <message>
        <source>%1 by province</source>
        <translation>各省%1</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>times</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <source>number</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cooperative growth</source>
        <translation>合作社增长</translation>
    </message>
    <message>
        <source>%1: growth</source>
        <translation>%1：增长</translation>
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
    <message>
        <source>%1: error: cannot write: %2</source>
        <translation>%1：错误：无法写入：%2</translation>
    </message>
    <message>
        <source>Writes every figure of the articles, one row each, in both languages. Offsets are in Unicode code points into the file as read.</source>
        <translation>输出文章中两种语言的每个数字，每行一个。偏移量以文件中的 Unicode 码位计。</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>输出格式：csv（默认）或 json。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入文件 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>Read plain text files of this language (zh or en), one paragraph a line, instead of articles.</source>
        <translation>读取该语言（zh 或 en）的纯文本文件（每行一段），而不是文章。</translation>
    </message>
    <message>
        <source>Prints the aligned sentence groups of an article, one per line: Chinese sentence ids, English sentence ids, Chinese text, English text (tab-separated). Ids are 0-based per language, numbered as `duizhao sentences` numbers them: title lines first, then the body, then the byline.</source>
        <translation>逐行输出文章的对齐句组：中文句号、英文句号、中文文本、英文文本（以制表符分隔）。句号按语言从 0 开始，与 `duizhao sentences` 的编号相同：先标题行，再正文，最后署名。</translation>
    </message>
    <message>
        <source>Output format: tsv (default) or json.</source>
        <translation>输出格式：tsv（默认）或 json。</translation>
    </message>
    <message>
        <source>Output format: text (default), csv or json.</source>
        <translation>输出格式：text（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>Draws a chart of one metric by province (or over the article dates) and writes it as PNG or SVG, as the window&apos;s Export does.</source>
        <translation>按省（或按文章日期）绘制某一指标的图表，并像窗口中的“导出”一样保存为 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>What to chart, e.g. members, cooperative_growth, contract_value.</source>
        <translation>要绘制的指标，例如 members、cooperative_growth、contract_value。</translation>
    </message>
    <message>
        <source>Group by province (default) or date.</source>
        <translation>按省（默认）或按日期分组。</translation>
    </message>
    <message>
        <source>Picture size in pixels (default 1600x1000).</source>
        <translation>图片尺寸（像素，默认 1600x1000）。</translation>
    </message>
    <message>
        <source>Device pixel ratio of a PNG (default 2).</source>
        <translation>PNG 的设备像素比（默认 2）。</translation>
    </message>
    <message>
        <source>The file to write: its suffix .png or .svg chooses the format.</source>
        <translation>要写入的文件：后缀 .png 或 .svg 决定格式。</translation>
    </message>
    <message>
        <source>Language of the titles and labels: en or zh_CN.</source>
        <translation>标题和标签的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;; one of: %2</source>
        <translation>未知指标“%1”；可选：%2</translation>
    </message>
    <message>
        <source>bad --size or --scale: give e.g. --size 1600x1000 --scale 2</source>
        <translation>--size 或 --scale 无效：例如 --size 1600x1000 --scale 2</translation>
    </message>
    <message>
        <source>the output file must end in .png or .svg: %1</source>
        <translation>输出文件必须以 .png 或 .svg 结尾：%1</translation>
    </message>
    <message>
        <source>--by must be province or date</source>
        <translation>--by 必须是 province 或 date</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1：错误：%2</translation>
    </message>
    <message>
        <source>%1: note: no figures count &quot;%2&quot;; the chart says so</source>
        <translation>%1：提示：没有属于“%2”的数字；图表中已注明</translation>
    </message>
    <message>
        <source>every figure of the articles in both languages, with value, place and metric (CSV, JSON)</source>
        <translation>两种语言中文章的每个数字，附数值、地点和指标（CSV、JSON）</translation>
    </message>
    <message>
        <source>which sentences translate which, one aligned group a line (TSV, JSON)</source>
        <translation>哪些句子互为译文，每行一个对齐句组（TSV、JSON）</translation>
    </message>
    <message>
        <source>the translation&apos;s figures checked against the original&apos;s (text, CSV, JSON)</source>
        <translation>以原文的数字核对译文的数字（文本、CSV、JSON）</translation>
    </message>
    <message>
        <source>a chart of one metric by province or over time (PNG, SVG)</source>
        <translation>某一指标按省或随时间的图表（PNG、SVG）</translation>
    </message>
    <message>
        <source>the sentences of each language with their offsets (TSV)</source>
        <translation>每种语言的句子及其偏移量（TSV）</translation>
    </message>
    <message>
        <source>Usage: duizhao [OPTION...] [PATH...]        open the window on articles or folders</source>
        <translation>用法：duizhao [选项...] [路径...]            在窗口中打开文章或文件夹</translation>
    </message>
    <message>
        <source>       duizhao COMMAND [OPTION...] PATH...  work without a display</source>
        <translation>      duizhao 命令 [选项...] 路径...         无需显示器即可工作</translation>
    </message>
    <message>
        <source>Duizhao shows People&apos;s Daily articles: the Chinese original beside its English translation,
every figure in both, and a check of the translation&apos;s figures.</source>
        <translation>“对照”展示《人民日报》文章：中文原文与英文译文并排，
两者中的每个数字，以及对译文数字的核对。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>this text; `help COMMAND` shows a command&apos;s options</source>
        <translation>本说明；`help 命令` 显示该命令的选项</translation>
    </message>
    <message>
        <source>Window options:</source>
        <translation>窗口选项：</translation>
    </message>
    <message>
        <source>language of the interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>save a picture of the window once loaded, then quit</source>
        <translation>加载完成后保存窗口截图，然后退出</translation>
    </message>
    <message>
        <source>select the Nth figure of the Chinese text at start</source>
        <translation>启动时选中中文原文的第 N 个数字</translation>
    </message>
    <message>
        <source>this text</source>
        <translation>本说明</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>duizhao: error: no command &quot;%1&quot;; the commands are: %2</source>
        <translation>duizhao：错误：没有命令“%1”；可用命令：%2</translation>
    </message>
    <message>
        <source>duizhao: error: %1 (`duizhao --help` lists the options and commands)</source>
        <translation>duizhao：错误：%1（`duizhao --help` 列出选项和命令）</translation>
    </message>
    <message>
        <source>duizhao: error: unknown command &quot;%1&quot;; the commands are: %2</source>
        <translation>duizhao：错误：未知命令“%1”；可用命令：%2</translation>
    </message>
    <message>
        <source>Show plans, targets and estimates as a series of their own (by province).</source>
        <translation>将计划、指标和估计作为单独的系列显示（按省）。</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1：提示：%2</translation>
    </message>
    <message>
        <source>Checks the translations&apos; figures, dates and completeness against the originals. In text format a summary per severity, kind and article follows the findings. Exit status: 0 nothing found, 1 findings reported, 2 an error.</source>
        <translation>检查译文的数字、日期和完整性是否与原文一致。文本格式下，问题之后附有按严重程度、类型和文章的汇总。退出状态：0 没有发现问题，1 报告了问题，2 出错。</translation>
    </message>
    <message>
        <source>Report only findings at least this grave: note (default, everything), warning or error.</source>
        <translation>只报告至少这样严重的问题：note（默认，全部）、warning 或 error。</translation>
    </message>
    <message>
        <source>--format must be text, csv or json, not &quot;%1&quot;</source>
        <translation>--format 必须是 text、csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>--min-severity must be note, warning or error, not &quot;%1&quot;</source>
        <translation>--min-severity 必须是 note、warning 或 error，而不是“%1”</translation>
    </message>
    <message>
        <source>no article file or folder given</source>
        <translation>没有给出文章文件或文件夹</translation>
    </message>
    <message>
        <source>Metrics: %1.</source>
        <translation>指标：%1。</translation>
    </message>
    <message>
        <source>no output file: give -o FILE.png or -o FILE.svg</source>
        <translation>没有输出文件：请用 -o FILE.png 或 -o FILE.svg</translation>
    </message>
    <message>
        <source>--size must be at least %1x%2, not %3</source>
        <translation>--size 至少为 %1x%2，而不是 %3</translation>
    </message>
    <message>
        <source>duizhao %1: error: %2 (`duizhao %1 --help` lists the options)</source>
        <translation>duizhao %1：错误：%2（`duizhao %1 --help` 列出选项）</translation>
    </message>
    <message>
        <source>--%1 must be %2, not &quot;%3&quot;</source>
        <translation>--%1 必须是 %2，而不是“%3”</translation>
    </message>
    <message>
        <source>do not reopen the articles open at the last quit</source>
        <translation>不重新打开上次退出时打开的文章</translation>
    </message>
    <message>
        <source>With no PATH the window reopens the articles open when it last quit, or else a built-in sample
article. Exit status of the commands: 0 success, 1 findings reported (check), 2 an error.</source>
        <translation>不给 PATH 时，窗口重新打开上次退出时打开的文章，否则打开内置示例文章。
命令的退出状态：0 成功，1 报告了问题（check），2 出错。</translation>
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
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 / %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Article</source>
        <translation>关闭文章</translation>
    </message>
    <message>
        <source>Show in File Manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>复制路径</translation>
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
    <name>ExplorerController</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Next &amp;Figure</source>
        <translation>下一个数字(&amp;F)</translation>
    </message>
    <message>
        <source>Previous F&amp;igure</source>
        <translation>上一个数字(&amp;I)</translation>
    </message>
    <message>
        <source>Next Fin&amp;ding</source>
        <translation>下一个问题(&amp;D)</translation>
    </message>
    <message>
        <source>Previous Find&amp;ing</source>
        <translation>上一个问题(&amp;I)</translation>
    </message>
    <message>
        <source>Export Figures as &amp;CSV…</source>
        <translation>将数字导出为 &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Findings as C&amp;SV…</source>
        <translation>将核对问题导出为 C&amp;SV…</translation>
    </message>
    <message>
        <source>figures.csv</source>
        <translation>数字.csv</translation>
    </message>
    <message>
        <source>findings.csv</source>
        <translation>核对问题.csv</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>导出数字</translation>
    </message>
    <message>
        <source>Export Findings</source>
        <translation>导出核对问题</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>This article has no figures</source>
        <translation>这篇文章没有数字</translation>
    </message>
    <message>
        <source>Back at the first figure of the article</source>
        <translation>已回到本文第一个数字</translation>
    </message>
    <message>
        <source>Back at the last figure of the article</source>
        <translation>已回到本文最后一个数字</translation>
    </message>
    <message>
        <source>No findings are shown</source>
        <translation>没有显示的问题</translation>
    </message>
    <message>
        <source>Back at the first finding</source>
        <translation>已回到第一个问题</translation>
    </message>
    <message>
        <source>Back at the last finding</source>
        <translation>已回到最后一个问题</translation>
    </message>
</context>
<context>
    <name>FigureStatus</name>
    <message>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>note</source>
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
    <name>FigureTableDock</name>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Search figures, places, articles…</source>
        <translation>搜索数字、地名、文章…</translation>
    </message>
    <message>
        <source>This article only</source>
        <translation>仅本文</translation>
    </message>
    <message>
        <source>Any check</source>
        <translation>全部核对结果</translation>
    </message>
    <message>
        <source>Notes and worse</source>
        <translation>提示及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <source>Everything counted</source>
        <translation>全部指标</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 个数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figure(s)</source>
        <translation>
            <numerusform>%1 / %n 个数字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Translation&apos;s value</source>
        <translation>译文数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>jin</source>
        <translation>斤</translation>
    </message>
    <message>
        <source>dan</source>
        <translation>担</translation>
    </message>
    <message>
        <source>mu</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>tons</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>old yuan</source>
        <translation>旧币元</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>以往</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>电量</translation>
    </message>
    <message>
        <source>head (livestock)</source>
        <translation>头（牲畜）</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>multiple</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>places</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Counted thing</source>
        <translation>所计事物</translation>
    </message>
    <message>
        <source>Unit family</source>
        <translation>单位类别</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>not found in this article</source>
        <translation>本文中未找到</translation>
    </message>
    <message>
        <source>1 sentence</source>
        <translation>1 个句子</translation>
    </message>
    <message>
        <source>%1 sentences</source>
        <translation>%1 个句子</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find in both texts (Enter: next, Shift+Enter: previous)</source>
        <translation>在两种文本中查找（Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>核对问题</translation>
    </message>
    <message>
        <source>Errors, warnings and notes</source>
        <translation>错误、警告和提示</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>%1 (%2 shown)</source>
        <translation>%1（显示 %2 条）</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>value differs</source>
        <translation>数值不同</translation>
    </message>
    <message>
        <source>wrong scale</source>
        <translation>数量级错误</translation>
    </message>
    <message>
        <source>approximation lost</source>
        <translation>约数丢失</translation>
    </message>
    <message>
        <source>approximation added</source>
        <translation>多出约数</translation>
    </message>
    <message>
        <source>figure missing</source>
        <translation>数字缺失</translation>
    </message>
    <message>
        <source>figure added</source>
        <translation>多出数字</translation>
    </message>
    <message>
        <source>date differs</source>
        <translation>日期不同</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <source>translation cut off</source>
        <translation>译文不完整</translation>
    </message>
    <message>
        <source>unaligned sentence</source>
        <translation>未对齐的句子</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>precision invented</source>
        <translation>虚增精度</translation>
    </message>
</context>
<context>
    <name>FindingsSummary</name>
    <message>
        <source>%1 error</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>%1 条提示</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 条提示</translation>
    </message>
    <message>
        <source>Summary: %1 article checked</source>
        <translation>汇总：检查了 %1 篇文章</translation>
    </message>
    <message>
        <source>Summary: %1 articles checked</source>
        <translation>汇总：检查了 %1 篇文章</translation>
    </message>
    <message>
        <source>%1 with findings</source>
        <translation>其中 %1 篇有问题</translation>
    </message>
    <message>
        <source>By kind:</source>
        <translation>按类型：</translation>
    </message>
    <message>
        <source>By article:</source>
        <translation>按文章：</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Underlines and severities</source>
        <translation>下划线与严重程度</translation>
    </message>
    <message>
        <source>Every figure is underlined in both texts in the colour of its check; the findings list uses the same colours.</source>
        <translation>每个数字在两种文本中都按其核对结果的颜色加下划线；问题列表使用同样的颜色。</translation>
    </message>
    <message>
        <source>&lt;b&gt;agrees&lt;/b&gt;: the translation states the same quantity.</source>
        <translation>&lt;b&gt;一致&lt;/b&gt;：译文说的是同一个数量。</translation>
    </message>
    <message>
        <source>&lt;b&gt;note&lt;/b&gt;: small or stylistic, or a gap in the reading rather than in the translation: 一 or 两 as &quot;a&quot; or &quot;both&quot;, a figure rounded within the translation&apos;s own digits, a headline figure the body repeats.</source>
        <translation>&lt;b&gt;提示&lt;/b&gt;：细小或文体上的差别，或是读取的缺漏而非译文的问题：一、两译作“a”、“both”，在译文自身位数内四舍五入的数字，正文重复的标题数字。</translation>
    </message>
    <message>
        <source>&lt;b&gt;warning&lt;/b&gt;: the translation changes certainty or drops or adds something a reader would miss: an approximation lost or added (三万零三百多 as &quot;30,300&quot;), digits the original does not have, a figure missing or added, Chinese left untranslated, the text cut off.</source>
        <translation>&lt;b&gt;警告&lt;/b&gt;：译文改变了确定程度，或漏掉、添加了读者会忽略的内容：约数丢失或添加（三万零三百多译作“30,300”），原文没有的位数，缺少或多出的数字，未翻译的中文，译文被截断。</translation>
    </message>
    <message>
        <source>&lt;b&gt;error&lt;/b&gt;: the translation states a different quantity: another value (七十多 is 70 to 79, not &quot;more than 80&quot;), a scale error (万 and 亿 read at the wrong place), another date.</source>
        <translation>&lt;b&gt;错误&lt;/b&gt;：译文说的是另一个数量：不同的数值（七十多是70到79，而不是“more than 80”），数量级错误（万、亿读错位置），不同的日期。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Previous, next article (in the texts and the article list)</source>
        <translation>上一篇、下一篇文章（在文本和文章列表中）</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Text size of a pane</source>
        <translation>窗格的文字大小</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duizhao %1&lt;/h3&gt;&lt;p&gt;Reads the Chinese original of People&apos;s Daily (人民日报) articles beside their English machine translation, sentence by sentence; finds every figure in both languages with what it counts, where and in what role; checks the translation&apos;s figures against the original&apos;s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Articles: the public repository &lt;a href=&quot;https://github.com/yeoksayeou/baokan-files&quot;&gt;yeoksayeou/baokan-files&lt;/a&gt; (人民日报 1946–2003, one file per article; the English halves are machine translations, the Chinese halves OCR).&lt;/li&gt;&lt;li&gt;Counties: &lt;a href=&quot;https://github.com/yescallop/areacodes&quot;&gt;yescallop/areacodes&lt;/a&gt;, the 1981 county-level table, licence CC0 1.0, with the province changes of 1949–1968 (resources/GAZETTEER.md).&lt;/li&gt;&lt;li&gt;The metric taxonomy and the gazetteer of provinces and regions are this project&apos;s own (resources/METRICS.md).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt %2 (LGPL 3) and ICU (Unicode licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;对照 Duizhao %1&lt;/h3&gt;&lt;p&gt;将《人民日报》文章的中文原文与英文机器译文逐句对照阅读；找出两种语言中的每个数字及其所计之物、地点和角色；核对译文的数字与原文是否一致。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;文章：公开仓库 &lt;a href=&quot;https://github.com/yeoksayeou/baokan-files&quot;&gt;yeoksayeou/baokan-files&lt;/a&gt;（人民日报 1946–2003，每篇一个文件；英文部分为机器翻译，中文部分为OCR）。&lt;/li&gt;&lt;li&gt;县级单位：&lt;a href=&quot;https://github.com/yescallop/areacodes&quot;&gt;yescallop/areacodes&lt;/a&gt; 的1981年县级代码表，许可证 CC0 1.0，并加入1949–1968年的省级变更（resources/GAZETTEER.md）。&lt;/li&gt;&lt;li&gt;指标分类和省区地名表为本项目自制（resources/METRICS.md）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;使用 Qt %2（LGPL 3）和 ICU（Unicode 许可证）构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Legend of Colours and Severities</source>
        <translation>颜色与严重程度图例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>关于对照(&amp;A)</translation>
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
        <source>Open the &amp;Sample Article</source>
        <translation>打开示例文章(&amp;S)</translation>
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
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>停止加载（Esc）</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n file(s)…</source>
        <translation>
            <numerusform>正在加载 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled: %n article(s) open</source>
        <translation>
            <numerusform>加载已取消：已打开 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) open</source>
        <translation>
            <numerusform>已打开 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), see the Problems list</source>
        <translation>
            <numerusform>%n 个问题，见“问题”列表</numerusform>
        </translation>
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
    <message>
        <source>&amp;Close Article</source>
        <translation>关闭文章(&amp;C)</translation>
    </message>
    <message>
        <source>Close &amp;All</source>
        <translation>全部关闭(&amp;A)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>已关闭 %1</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Articles at Start</source>
        <translation>启动时重新打开上次的文章(&amp;R)</translation>
    </message>
    <message>
        <source>Click a sentence first: its pair is copied with its source</source>
        <translation>请先点击一个句子：复制它的对照句和出处</translation>
    </message>
    <message>
        <source>Copied the sentence pair with its source</source>
        <translation>已复制对照句及出处</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy Sentence &amp;Pair with Source</source>
        <translation>复制对照句及出处(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find in the Texts…</source>
        <translation>在文本中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>默认文字大小(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ParallelView</name>
    <message>
        <source>, page %1</source>
        <translation>，第%1版</translation>
    </message>
    <message>
        <source>人民日报 %1%2, 《%3》 (%4)</source>
        <translation>《人民日报》%1%2，《%3》（%4）</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProvinceMetricModel</name>
    <message>
        <source>Original (Chinese)</source>
        <translation>原文（中文）</translation>
    </message>
    <message>
        <source>Translation (English)</source>
        <translation>译文（英文）</translation>
    </message>
    <message>
        <source>%1 (region)</source>
        <translation>%1（大区）</translation>
    </message>
    <message>
        <source>Plans and targets (original)</source>
        <translation>计划与指标（原文）</translation>
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
    <message>
        <source>approximate: %1</source>
        <translation>约数：%1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Place: %1, in %2</source>
        <translation>地点：%1，属%2</translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>The translation agrees.</source>
        <translation>译文一致。</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>
            <numerusform>文件在字符中间结束；已丢弃最后 %n 个字节</numerusform>
        </translation>
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
    <name>TranslationChecker</name>
    <message>
        <source>this sentence of the original has no translation</source>
        <translation>原文的这句话没有译文</translation>
    </message>
    <message>
        <source>this sentence of the translation matches nothing in the original</source>
        <translation>译文的这句话在原文中没有对应</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the translation</source>
        <translation>译文中没有 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is %2 but the translation says %3 (%4): wrong by a factor of %5</source>
        <translation>%1 是 %2，但译文为 %3（%4）：相差 %5 倍</translation>
    </message>
    <message>
        <source>%1 is %2 but the translation says %3 (%4)</source>
        <translation>%1 是 %2，但译文为 %3（%4）</translation>
    </message>
    <message>
        <source>%1 is approximate (%2) but the translation &quot;%3&quot; reads as exact</source>
        <translation>%1 是约数（%2），但译文“%3”读作确数</translation>
    </message>
    <message>
        <source>%1 is exact but the translation &quot;%2&quot; makes it approximate (%3)</source>
        <translation>%1 是确数，但译文“%2”把它变成了约数（%3）</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; but the translation &quot;%3&quot; says &quot;%4&quot;</source>
        <translation>%1 为“%2”，但译文“%3”为“%4”</translation>
    </message>
    <message>
        <source>%1 (%2) is in the translation but not in the original</source>
        <translation>译文中的 %1（%2）原文中没有</translation>
    </message>
    <message>
        <source>the translation&apos;s date &quot;%1&quot; disagrees with the original&apos;s &quot;%2&quot;</source>
        <translation>译文日期“%1”与原文“%2”不符</translation>
    </message>
    <message>
        <source>Chinese left untranslated: &quot;%1&quot;</source>
        <translation>留有未翻译的中文：“%1”</translation>
    </message>
    <message>
        <source>the translation stops in mid-sentence</source>
        <translation>译文在句子中间中断</translation>
    </message>
    <message>
        <source>the translation covers much less than the original (%1 characters for %2 Chinese characters, about %3 expected)</source>
        <translation>译文远短于原文（%2 个汉字只有 %1 个字符，约应为 %3）</translation>
    </message>
    <message>
        <source>%1 is %2, rounded in the translation to %3</source>
        <translation>%1 为 %2，译文四舍五入为 %3</translation>
    </message>
    <message>
        <source>%1 is approximate (%2) but the translation &quot;%3&quot; states digits the original does not have</source>
        <translation>%1 是约数（%2），但译文“%3”给出了原文没有的位数</translation>
    </message>
    <message>
        <source>a table of %1 figures (%2 first) is in the translation but not in the original</source>
        <translation>译文中有一个含 %1 个数字的表格（首个为 %2），原文中没有</translation>
    </message>
    <message>
        <source>Chinese left untranslated: &quot;%1&quot; (%2 times)</source>
        <translation>中文未翻译：“%1”（%2 次）</translation>
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
    <message>
        <source>Save a picture of the window to FILE once loaded, then quit.</source>
        <translation>加载完成后将窗口截图保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Select this figure of the Chinese text at start (1 is the first).</source>
        <translation>启动时选中中文文本中的这个数字（从 1 开始）。</translation>
    </message>
    <message>
        <source>Do not reopen the articles open when the program last quit.</source>
        <translation>不重新打开程序上次退出时打开的文章。</translation>
    </message>
</context>
</TS>
