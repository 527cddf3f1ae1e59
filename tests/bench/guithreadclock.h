// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GUI thread spends, event by event, for the in-process benchmarks: an application whose
// notify() times every outermost event (nested ones count in the one that sent them), and the
// small statistics the benchmarks print as JSON lines.

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

class GuiThreadClock : public QApplication
{
public:
    GuiThreadClock(int &argc, char **argv)
        : QApplication(argc, argv)
    {
        m_clock.start();
    }

    struct Event {
        qint64 startNs;
        qint64 ns; ///< wall time
        qint64 cpuNs; ///< the GUI thread's CPU time: what the wall time would be on a quiet machine
    };

    /// Nanoseconds since the application started, on the clock the events are stamped with.
    qint64 now() const { return m_clock.nsecsElapsed(); }
    /// The calling thread's CPU time in nanoseconds (call it on the GUI thread).
    static qint64 cpuNow()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }
    /// The events that started in [fromNs, toNs).
    std::vector<Event> eventsBetween(qint64 fromNs, qint64 toNs) const
    {
        std::vector<Event> found;
        for (const Event &event : m_events) {
            if (event.startNs >= fromNs && event.startNs < toNs)
                found.push_back(event);
        }
        return found;
    }
    void forget() { m_events.clear(); }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return nested(receiver, event);
        const qint64 start = now();
        const qint64 cpuStart = cpuNow();
        const bool result = nested(receiver, event);
        m_events.push_back({start, now() - start, cpuNow() - cpuStart});
        return result;
    }

private:
    bool nested(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }

    QElapsedTimer m_clock;
    std::vector<Event> m_events;
    int m_depth = 0;
};

namespace BenchStats {

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(p / 100.0 * double(values.size() - 1) + 0.5);
    return values.at(std::size_t(std::clamp<qsizetype>(rank, 0, qsizetype(values.size()) - 1)));
}

/// One JSON line: {"metric", "unit", "n", "min", "p50", "p95", "p99", "max", "budget"?, ...extra}.
inline void print(const QString &metric, const QString &unit, const std::vector<double> &values, double budget = 0,
                  const QJsonObject &extra = {})
{
    QJsonObject line = extra;
    line[QStringLiteral("metric")] = metric;
    line[QStringLiteral("unit")] = unit;
    line[QStringLiteral("n")] = qint64(values.size());
    line[QStringLiteral("min")] = percentile(values, 0);
    line[QStringLiteral("p50")] = percentile(values, 50);
    line[QStringLiteral("p95")] = percentile(values, 95);
    line[QStringLiteral("p99")] = percentile(values, 99);
    line[QStringLiteral("max")] = percentile(values, 100);
    if (budget > 0)
        line[QStringLiteral("budget")] = budget;
    QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace BenchStats
