#include "check/finding.h"

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Note:
        return QStringLiteral("note");
    }
    return {};
}

QString Finding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ValueMismatch:
        return QStringLiteral("value_mismatch");
    case Kind::ScaleError:
        return QStringLiteral("scale_error");
    case Kind::ApproximationLost:
        return QStringLiteral("approximation_lost");
    case Kind::ApproximationAdded:
        return QStringLiteral("approximation_added");
    case Kind::InventedPrecision:
        return QStringLiteral("invented_precision");
    case Kind::MissingFigure:
        return QStringLiteral("missing_figure");
    case Kind::AddedFigure:
        return QStringLiteral("added_figure");
    case Kind::DateMismatch:
        return QStringLiteral("date_mismatch");
    case Kind::Untranslated:
        return QStringLiteral("untranslated");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::Unaligned:
        return QStringLiteral("unaligned");
    }
    return {};
}
