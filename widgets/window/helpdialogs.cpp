#include "window/helpdialogs.h"

#include "common/statuspalette.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace {

void showHtml(QWidget *window, const QString &title, const QString &html, QSize size)
{
    QDialog dialog(window);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(true);
    text->setHtml(html);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(size);
    dialog.exec();
}

QString swatch(FigureStatus::Status status, const QString &sample)
{
    return QStringLiteral(
               "<span style=\"color:%1; background:%2; text-decoration:underline\">&nbsp;%3&nbsp;</span>")
        .arg(StatusPalette::foreground(status).name(), StatusPalette::background(status).name(), sample);
}

} // namespace

QString HelpDialogs::legendHtml()
{
    using S = FigureStatus::Status;
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p><table cellpadding=\"4\">")
            .arg(tr("Underlines and severities"), tr("Every figure is underlined in both texts in the colour "
                                                     "of its check; the findings list uses "
                                                     "the same colours."));
    const std::pair<S, QString> rows[] = {
        {S::Agrees, tr("<b>agrees</b>: the translation states the same quantity.")},
        {S::Note, tr("<b>note</b>: small or stylistic, or a gap in the reading rather than in the "
                     "translation: 一 or 两 as \"a\" or \"both\", a figure rounded within the translation's "
                     "own digits, a headline figure the body repeats.")},
        {S::Warning, tr("<b>warning</b>: the translation changes certainty or drops or adds something a "
                        "reader would miss: an approximation lost or added (三万零三百多 as \"30,300\"), "
                        "digits the original does not have, a figure missing or added, Chinese left "
                        "untranslated, the text cut off.")},
        {S::Error,
         tr("<b>error</b>: the translation states a different quantity: another value (七十多 "
            "is 70 to 79, not \"more than 80\"), a scale error (万 and 亿 read at the wrong place), "
            "another date.")}};
    for (const auto &[status, text] : rows)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(swatch(status, QStringLiteral("12,300")), text);
    return html + QStringLiteral("</table>");
}

QString HelpDialogs::shortcutsHtml(const QWidget *window)
{
    QList<std::pair<QString, QString>> rows;
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty())
            continue;
        QString what = a->text();
        what.remove(QLatin1Char('&'));
        if (what.isEmpty()) // the bare arrows, listed below with where they act
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText).toHtmlEscaped();
        rows.append({what.toHtmlEscaped(), keys.join(QStringLiteral(", "))});
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(tr("Keyboard shortcuts"));
    for (const auto &[what, keys] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys, what);
    html += QStringLiteral("<tr><td><b>←, →</b></td><td>%1</td></tr>")
                .arg(tr("Previous, next article (in the texts and the article list)"));
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(tr("Ctrl+wheel"), tr("Text size of a pane"));
    return html + QStringLiteral("</table>");
}

QString HelpDialogs::aboutHtml()
{
    return tr("<h3>Duizhao %1</h3>"
              "<p>Reads the Chinese original of People's Daily (人民日报) articles beside their English "
              "machine translation, sentence by sentence; finds every figure in both languages with what it "
              "counts, where and in what role; checks the translation's figures against the original's.</p>"
              "<p><b>Data</b></p><ul>"
              "<li>Articles: the public repository <a href=\"https://github.com/yeoksayeou/baokan-files\">"
              "yeoksayeou/baokan-files</a> (人民日报 1946–2003, one file per article; the English halves are "
              "machine translations, the Chinese halves OCR).</li>"
              "<li>Counties: <a href=\"https://github.com/yescallop/areacodes\">yescallop/areacodes</a>, the "
              "1981 county-level table, licence CC0 1.0, with the province changes of 1949–1968 "
              "(resources/GAZETTEER.md).</li>"
              "<li>The metric taxonomy and the gazetteer of provinces and regions are this project's own "
              "(resources/METRICS.md).</li></ul>"
              "<p>Built with Qt %2 (LGPL 3) and ICU (Unicode licence).</p>")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()));
}

void HelpDialogs::showLegend(QWidget *window)
{
    showHtml(window, tr("Legend"), legendHtml(), QSize(620, 420));
}

void HelpDialogs::showShortcuts(QWidget *window)
{
    showHtml(window, tr("Keyboard Shortcuts"), shortcutsHtml(window), QSize(560, 620));
}

void HelpDialogs::showAbout(QWidget *window)
{
    QMessageBox::about(window, tr("About Duizhao"), aboutHtml());
}
