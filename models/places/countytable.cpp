#include "places/countytable.h"

#include <QDate>

bool CountyTable::read(const QByteArray &tsv, Contents &out, QString *error)
{
    out = {};
    int line = 0;
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("counties.tsv:%1: %2").arg(line).arg(why);
        return false;
    };
    auto date = [](QStringView text, QDate &d) {
        d = text.isEmpty() ? QDate() : QDate::fromString(text.toString(), Qt::ISODate);
        return text.isEmpty() || d.isValid();
    };
    for (const QByteArray &raw : tsv.split('\n')) {
        ++line;
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        const QString row = QString::fromUtf8(raw);
        const QList<QStringView> fields = QStringView(row).split(u'\t');
        if (fields.size() == 2 && fields.at(0) == u"exclude") {
            for (const QStringView word : fields.at(1).split(u' ', Qt::SkipEmptyParts))
                out.zhExclusions << word.toString();
            continue;
        }
        if (fields.size() != 6)
            return fail(QStringLiteral("%1 fields, not 6").arg(fields.size()));
        Gazetteer::Place p;
        p.id = fields.at(0).toString();
        p.type = fields.at(1).toString();
        p.name = fields.at(2).toString();
        for (const QStringView name : fields.at(3).split(u'|', Qt::SkipEmptyParts))
            p.zhNames << name.toString();
        for (const QStringView name : fields.at(4).split(u'|', Qt::SkipEmptyParts))
            p.enNames << name.toString();
        for (const QStringView parent : fields.at(5).split(u'|', Qt::SkipEmptyParts)) {
            Gazetteer::Place::Membership m;
            const qsizetype colon = parent.indexOf(u':');
            m.parentId = parent.left(colon < 0 ? parent.size() : colon).toString();
            if (colon >= 0) {
                const QStringView dates = parent.mid(colon + 1);
                const qsizetype dots = dates.indexOf(u"..");
                if (dots < 0 || !date(dates.left(dots), m.from) || !date(dates.mid(dots + 2), m.to))
                    return fail(QStringLiteral("%1: parent dates '%2' are not FROM..TO").arg(p.id, dates));
            }
            p.parents.append(m);
        }
        out.places.append(std::move(p));
    }
    return true;
}
