#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QChart;

// Renders a chart to a picture without any view on screen: the chart is laid out at the wanted size in
// a private QGraphicsScene, animations and OpenGL off, on white, then handed back unchanged. A chart
// shown in a QChartView can be exported too; it is borrowed from the view's scene and put back.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    // Renders chart at size (logical pixels) × scale (device pixel ratio) on white, without any view.
    static QImage render(QChart *chart, const QSize &size = {1600, 1000}, qreal scale = 2.0);
    // Both write through QSaveFile: an existing file is replaced only by a complete new one.
    static bool savePng(QChart *chart, const QString &path, const QSize &size = {1600, 1000},
                        qreal scale = 2.0, QString *error = nullptr);
    static bool saveSvg(QChart *chart, const QString &path, const QSize &size = {1600, 1000},
                        QString *error = nullptr);
};
