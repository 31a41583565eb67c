#include "chinesenumerals.h"

std::optional<double> ChineseNumerals::parse(QStringView)
{
    return std::nullopt;
}

Quantities ChineseNumerals::scan(QStringView)
{
    return {};
}
