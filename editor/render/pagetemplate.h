// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

/// Named `{{placeholders}}` in a text, filled in one pass. A value is copied as it is and never
/// read again, so a headline that says "{{body}}" stays those words. Values must already be
/// escaped for where they go; a name without a value is left as written, so a typo shows.
class PageTemplate
{
public:
    static QString fill(QStringView text, const QHash<QString, QString> &values);

    /// The text of a file compiled into the program (":/copydesk/preview/article.html"), read once
    /// and kept; empty if there is no such file.
    static QString resource(const QString &path);
};
