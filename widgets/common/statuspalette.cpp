#include "common/statuspalette.h"

QColor StatusPalette::foreground(FigureStatus::Status status)
{
    switch (status) {
    case FigureStatus::Agrees:
        return QColor(0x2E, 0x7D, 0x32);
    case FigureStatus::Note:
        return QColor(0x54, 0x6E, 0x7A);
    case FigureStatus::Warning:
        return QColor(0xE6, 0x51, 0x00);
    case FigureStatus::Error:
        return QColor(0xC6, 0x28, 0x28);
    case FigureStatus::StatusCount:
        break;
    }
    return {};
}

QColor StatusPalette::background(FigureStatus::Status status)
{
    switch (status) {
    case FigureStatus::Agrees:
        return QColor(0xE8, 0xF5, 0xE9);
    case FigureStatus::Note:
        return QColor(0xEC, 0xEF, 0xF1);
    case FigureStatus::Warning:
        return QColor(0xFF, 0xE0, 0xB2);
    case FigureStatus::Error:
        return QColor(0xFF, 0xCD, 0xD2);
    case FigureStatus::StatusCount:
        break;
    }
    return {};
}
