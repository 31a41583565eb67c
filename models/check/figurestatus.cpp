#include "check/figurestatus.h"

#include <QCoreApplication>

FigureStatus::Status FigureStatus::fromSeverity(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return Error;
    case Finding::Severity::Warning:
        return Warning;
    case Finding::Severity::Note:
        return Note;
    }
    return Agrees;
}

QVector<FigureStatus::Status> FigureStatus::of(const ArticleAnalysis &analysis, Article::Language language,
                                               QVector<int> *findingIndexes)
{
    const bool chinese = language == Article::Language::Chinese;
    const int count = int(analysis.figures(language).size());
    QVector<Status> status(count, Agrees);
    if (findingIndexes)
        findingIndexes->fill(-1, count);
    for (int i = 0; i < analysis.findings.size(); ++i) {
        const Finding &f = analysis.findings.at(i);
        const int figure = chinese ? f.chineseFigure : f.englishFigure;
        if (figure < 0 || figure >= count)
            continue;
        const Status s = fromSeverity(f.severity);
        if (s > status[figure]) {
            status[figure] = s;
            if (findingIndexes)
                (*findingIndexes)[figure] = i;
        }
    }
    return status;
}

QString FigureStatus::name(Status status)
{
    switch (status) {
    case Agrees:
        return QCoreApplication::translate("FigureStatus", "agrees");
    case Note:
        return QCoreApplication::translate("FigureStatus", "note");
    case Warning:
        return QCoreApplication::translate("FigureStatus", "warning");
    case Error:
        return QCoreApplication::translate("FigureStatus", "error");
    case StatusCount:
        break;
    }
    return {};
}
