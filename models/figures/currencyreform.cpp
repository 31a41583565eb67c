#include "figures/currencyreform.h"

bool CurrencyReform::isOldYuan(const QString &unit, const QDate &articleDate)
{
    return unit == QLatin1String("yuan") && articleDate.isValid() && articleDate < date();
}

double CurrencyReform::inNewYuan(double value, const QString &unit, const QDate &articleDate)
{
    return isOldYuan(unit, articleDate) ? value / OldPerNew : value;
}
