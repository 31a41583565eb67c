#pragma once

#include "check/figurestatus.h"

#include <QColor>

// The colours of the check statuses, the same in the texts, the table and the findings list.
class StatusPalette
{
public:
    static QColor foreground(FigureStatus::Status status);
    static QColor background(FigureStatus::Status status);
};
