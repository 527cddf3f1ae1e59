// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

/// For benchmarks (`--report-ready`, packaging/bench): once `widget` has been painted for the first
/// time, prints "ready NS" on standard output, NS being CLOCK_MONOTONIC in nanoseconds, and quits.
/// A watcher that read the same clock when it started the program gets the time to a usable
/// window. Header-only, so the benchmarks' bare Qt program reports the same way without linking us.
class ReadyReporter : public QObject
{
public:
    explicit ReadyReporter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Posted, so the time is taken after this paint and the window's flush that follows it.
            QTimer::singleShot(0, this, [] {
                const auto now = std::chrono::steady_clock::now().time_since_epoch();
                std::printf("ready %lld\n",
                            static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};
