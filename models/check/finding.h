#pragma once

#include <QString>
#include <QVector>

// One disagreement between the original and its translation, with both sides' sentences and
// figures so the reader can be taken to it.
struct Finding
{
    enum class Severity
    {
        Error,
        Warning,
        Note
    };
    enum class Kind
    {
        ValueMismatch,
        ScaleError,
        ApproximationLost,
        ApproximationAdded,
        InventedPrecision,
        MissingFigure,
        AddedFigure,
        DateMismatch,
        Untranslated,
        Truncated,
        Unaligned,
    };

    Severity severity = Severity::Warning;
    Kind kind = Kind::ValueMismatch;
    int group = -1; // alignment group
    int chineseFigure = -1;
    int englishFigure = -1;
    int chineseSentence = -1;
    int englishSentence = -1;
    QString chineseText; // the figure, date or fragment concerned
    QString englishText;
    QString message;
    // Every English sentence with the same defect (one untranslated word throughout), the first included;
    // empty when the finding has one place.
    QVector<int> occurrences;

    static QString severityName(Severity severity);
    static QString kindName(Kind kind);
};

using Findings = QVector<Finding>;
