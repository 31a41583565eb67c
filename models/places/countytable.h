#pragma once

#include "places/gazetteer.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

// Reads resources/counties.tsv, the county level of the gazetteer generated from the 1981 code table
// (resources/GAZETTEER.md): one place a line, and the words that contain a county's name but are no
// place. A table by hand, not JSON: 2 370 places parse in a fraction of the time, at start-up.
class CountyTable
{
public:
    struct Contents
    {
        QVector<Gazetteer::Place> places;
        QStringList zhExclusions;
    };
    // False with the line of the first malformed row in error.
    static bool read(const QByteArray &tsv, Contents &out, QString *error = nullptr);
};
