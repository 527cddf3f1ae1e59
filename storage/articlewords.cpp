// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlewords_p.h"
#include "sqlquery_p.h"
#include "unspacedscript.h"

#include <QList>

namespace ArticleWords {

int count(QStringView text)
{
    int words = 0;
    bool inWord = false;
    bool hasContent = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        // ASCII first: it is nearly all of a body, and QChar's tables cost more than a compare.
        if (c < 0x80) {
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
                words += inWord && hasContent ? 1 : 0;
                inWord = hasContent = false;
            } else {
                inWord = true;
                hasContent = hasContent || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
            }
            continue;
        }
        if (QChar::isSpace(c)) {
            words += inWord && hasContent ? 1 : 0;
            inWord = hasContent = false;
        } else if (isUnspacedScript(c)) {
            words += (inWord && hasContent ? 1 : 0) + 1;
            inWord = hasContent = false;
        } else {
            inWord = true;
            hasContent = hasContent || QChar::isLetterOrNumber(c);
        }
    }
    return words + (inWord && hasContent ? 1 : 0);
}

Result<void> backfill(QSqlDatabase &db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (auto r = Sql::exec(read, QStringLiteral("SELECT id, body FROM articles"), {}, "read bodies"); !r)
        return r;
    QList<std::pair<qint64, int>> counts;
    while (read.next())
        counts.append({read.value(0).toLongLong(), count(read.value(1).toString())});
    read.finish();
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("UPDATE articles SET word_count = ? WHERE id = ?")))
        return Sql::errorFrom(write.lastError(), "prepare word count");
    for (const auto &[id, words] : counts) {
        write.addBindValue(words);
        write.addBindValue(id);
        if (auto r = Sql::exec(write, "store word count"); !r)
            return r;
    }
    return {};
}

} // namespace ArticleWords
