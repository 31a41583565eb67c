#include "charts/chartexporter.h"

#include <QAbstractSeries>
#include <QBrush>
#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPainter>
#include <QPen>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>

namespace {

// The resolution the chart's texts were measured at (QFontMetrics without a device uses the
// screen's); painting at another one would make them overflow or shrink from their places.
qreal layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInch() : 96.0;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Lends the chart to a private scene for as long as it lives, set up for print, and gives it back
// as it was: to its view's scene, with its size, position, background and animations.
class Borrowed
{
public:
    Borrowed(QChart *chart, const QSizeF &size) : m_chart(chart)
    {
        m_oldScene = chart->scene();
        m_oldParent = chart->parentItem();
        m_oldPos = chart->pos();
        m_oldSize = chart->size();
        m_animations = chart->animationOptions();
        m_background = chart->backgroundBrush();
        m_backgroundPen = chart->backgroundPen();
        m_roundness = chart->backgroundRoundness();
        m_shadow = chart->isDropShadowEnabled();
        for (QAbstractSeries *series : chart->series()) {
            if (series->useOpenGL()) {
                m_openGl.append(series);
                // An OpenGL series is drawn by the view's GL widget, never into a QImage.
                series->setUseOpenGL(false);
            }
        }
        if (m_oldScene)
            m_oldScene->removeItem(chart);
        m_scene.addItem(chart);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundBrush(Qt::white);
        chart->setBackgroundPen(Qt::NoPen);
        chart->setBackgroundRoundness(0);
        chart->setDropShadowEnabled(false);
        chart->setPos(0, 0);
        chart->resize(size);
        m_scene.setSceneRect(QRectF(QPointF(0, 0), size));
        layOut();
    }
    ~Borrowed()
    {
        m_scene.removeItem(m_chart);
        for (QAbstractSeries *series : std::as_const(m_openGl))
            series->setUseOpenGL(true);
        m_chart->setAnimationOptions(m_animations);
        m_chart->setBackgroundBrush(m_background);
        m_chart->setBackgroundPen(m_backgroundPen);
        m_chart->setBackgroundRoundness(m_roundness);
        m_chart->setDropShadowEnabled(m_shadow);
        if (m_oldScene)
            m_oldScene->addItem(m_chart);
        if (m_oldParent)
            m_chart->setParentItem(m_oldParent);
        m_chart->setPos(m_oldPos);
        m_chart->resize(m_oldSize);
        layOut();
    }
    Borrowed(const Borrowed &) = delete;
    Borrowed &operator=(const Borrowed &) = delete;

    void render(QPainter *painter, const QSizeF &size)
    {
        const QRectF rect(QPointF(0, 0), size);
        m_scene.render(painter, rect, rect, Qt::IgnoreAspectRatio);
    }

private:
    // A chart lays itself out on a posted LayoutRequest, which never comes before the picture is taken
    // (the reason a hidden view's chart is 0×0 until grabbed): lay it out now.
    void layOut()
    {
        if (QGraphicsLayout *layout = m_chart->layout())
            layout->activate();
        QCoreApplication::sendPostedEvents(m_chart, QEvent::LayoutRequest);
    }

    QChart *m_chart;
    QGraphicsScene m_scene;
    QGraphicsScene *m_oldScene = nullptr;
    QGraphicsItem *m_oldParent = nullptr;
    QPointF m_oldPos;
    QSizeF m_oldSize;
    QChart::AnimationOptions m_animations;
    QBrush m_background;
    QPen m_backgroundPen;
    qreal m_roundness = 0;
    bool m_shadow = false;
    QList<QAbstractSeries *> m_openGl;
};

} // namespace

QImage ChartExporter::render(QChart *chart, const QSize &size, qreal scale)
{
    if (!chart || size.isEmpty() || scale <= 0)
        return {};
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(scale);
    image.setDotsPerMeterX(qRound(layoutDpi() / 0.0254));
    image.setDotsPerMeterY(qRound(layoutDpi() / 0.0254));
    image.fill(Qt::white);
    Borrowed borrowed(chart, size);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    borrowed.render(&painter, size);
    painter.end();
    return image;
}

bool ChartExporter::savePng(QChart *chart, const QString &path, const QSize &size, qreal scale,
                            QString *error)
{
    QImage image = render(chart, size, scale);
    if (image.isNull()) {
        setError(error, tr("The chart could not be drawn at %1×%2.").arg(size.width()).arg(size.height()));
        return false;
    }
    // Record the scale as resolution (after drawing: text is sized by it), so viewers that honour it
    // show the picture at its logical size.
    image.setDotsPerMeterX(qRound(96 / 0.0254 * scale));
    image.setDotsPerMeterY(qRound(96 / 0.0254 * scale));
    image.setText(QStringLiteral("Title"), chart->title());
    image.setText(QStringLiteral("Software"), QStringLiteral("Duizhao"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        setError(error, writer.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        setError(error, file.errorString());
        return false;
    }
    return true;
}

bool ChartExporter::saveSvg(QChart *chart, const QString &path, const QSize &size, QString *error)
{
    if (!chart || size.isEmpty()) {
        setError(error, tr("The chart could not be drawn at %1×%2.").arg(size.width()).arg(size.height()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, file.errorString());
        return false;
    }
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        // Not the generator's default of 72 dpi, which would shrink every text.
        generator.setResolution(qRound(layoutDpi()));
        generator.setTitle(chart->title());
        generator.setDescription(tr("Chart exported by Duizhao"));
        Borrowed borrowed(chart, size);
        QPainter painter;
        if (!painter.begin(&generator)) {
            setError(error, tr("The SVG file could not be started."));
            file.cancelWriting();
            return false;
        }
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        borrowed.render(&painter, size);
        painter.end();
    }
    if (!file.commit()) {
        setError(error, file.errorString());
        return false;
    }
    return true;
}
