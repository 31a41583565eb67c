#include "figures/figure.h"

QString Figure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Count:
        return QStringLiteral("count");
    case Kind::Money:
        return QStringLiteral("money");
    case Kind::Percent:
        return QStringLiteral("percent");
    case Kind::Range:
        return QStringLiteral("range");
    case Kind::Multiple:
        return QStringLiteral("multiple");
    case Kind::Fraction:
        return QStringLiteral("fraction");
    case Kind::Measure:
        return QStringLiteral("measure");
    case Kind::Duration:
        return QStringLiteral("duration");
    }
    return {};
}

QString Figure::approxName(Quantity::Approx approx)
{
    switch (approx) {
    case Quantity::Approx::Exact:
        return {};
    case Quantity::Approx::More:
        return QStringLiteral("more");
    case Quantity::Approx::Less:
        return QStringLiteral("less");
    case Quantity::Approx::About:
        return QStringLiteral("about");
    }
    return {};
}
