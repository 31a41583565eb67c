#include "englishnumbers.h"

std::optional<double> EnglishNumbers::parse(QStringView)
{
    return std::nullopt;
}

Quantities EnglishNumbers::scan(QStringView)
{
    return {};
}
