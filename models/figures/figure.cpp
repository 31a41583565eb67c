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

const QStringList &Figure::familyNames()
{
    static const QStringList names = {
        QStringLiteral("other"),         QStringLiteral("persons"), QStringLiteral("households"),
        QStringLiteral("organisations"), QStringLiteral("items"),   QStringLiteral("money"),
        QStringLiteral("weight"),        QStringLiteral("area"),    QStringLiteral("length"),
        QStringLiteral("volume"),        QStringLiteral("power"),   QStringLiteral("energy"),
        QStringLiteral("head"),          QStringLiteral("percent"), QStringLiteral("multiple"),
        QStringLiteral("places"),        QStringLiteral("duration")};
    return names;
}

const QStringList &Figure::roleNames()
{
    static const QStringList names = {QStringLiteral("actual"), QStringLiteral("plan"),
                                      QStringLiteral("earlier"), QStringLiteral("change"),
                                      QStringLiteral("share")};
    return names;
}

QString Figure::familyName(Family family)
{
    return familyNames().value(int(family));
}

QString Figure::roleName(Role role)
{
    return roleNames().value(int(role));
}
