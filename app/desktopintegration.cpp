// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopintegration.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace {

// Draws the SVG when a size is first asked for, so no start-up time goes into sizes never shown.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &path)
        : m_path(path)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(m_path);
        if (mode == QIcon::Disabled)
            painter->setOpacity(painter->opacity() * 0.5);
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_path); }
    QString key() const override { return u"copydesk-svg"_s; }
    bool isNull() override { return !QSvgRenderer(m_path).isValid(); }

private:
    QString m_path;
};

} // namespace

QString DesktopIntegration::applicationId()
{
    return u"org.copydesk.Copydesk"_s;
}

QIcon DesktopIntegration::applicationIcon()
{
    return QIcon(new SvgIconEngine(u":/copydesk/icons/%1.svg"_s.arg(applicationId())));
}

void DesktopIntegration::apply()
{
    QGuiApplication::setDesktopFileName(applicationId());
    QGuiApplication::setWindowIcon(applicationIcon());
}
