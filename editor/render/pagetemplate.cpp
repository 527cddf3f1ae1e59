// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagetemplate.h"

#include <QFile>
#include <QMutex>

QString PageTemplate::fill(QStringView text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() + 1024);
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(u"{{", from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u"}}", open + 2);
        if (close < 0)
            break;
        out += text.mid(from, open - from);
        const QString name = text.mid(open + 2, close - open - 2).toString();
        const auto value = values.constFind(name);
        if (value == values.cend())
            out += text.mid(open, close + 2 - open);
        else
            out += *value;
        from = close + 2;
    }
    out += text.mid(from);
    return out;
}

QString PageTemplate::resource(const QString &path)
{
    // The preview renders on a worker thread while export may run on the GUI thread.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QMutexLocker lock(&mutex);
    if (const auto cached = cache.constFind(path); cached != cache.cend())
        return *cached;
    QFile file(path);
    const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    cache.insert(path, text);
    return text;
}
