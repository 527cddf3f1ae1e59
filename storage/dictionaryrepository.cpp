// SPDX-License-Identifier: GPL-3.0-or-later
#include "dictionaryrepository.h"

#include "database.h"
#include "sqlquery_p.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

StorageError invalid(const char *detail)
{
    return StorageError{StorageError::Kind::Invalid, Tr::tr("A dictionary word needs a language and a word."),
                        QString::fromLatin1(detail)};
}
} // namespace

DictionaryRepository::DictionaryRepository(Database &db)
    : m_db(db)
{ }

Result<void> DictionaryRepository::add(const QString &locale, const QString &word)
{
    const QString w = word.trimmed();
    if (locale.isEmpty() || w.isEmpty())
        return invalid("empty dictionary locale or word");
    QSqlQuery q(m_db.connection());
    return Sql::exec(q,
                     QStringLiteral("INSERT INTO dictionary_words (locale, word, added_at) VALUES (?, ?, ?) "
                                    "ON CONFLICT (locale, word) DO NOTHING"),
                     {locale, w, Sql::fromDateTime(QDateTime::currentDateTimeUtc())}, "add dictionary word");
}

Result<QStringList> DictionaryRepository::words(const QString &locale)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q, QStringLiteral("SELECT word FROM dictionary_words WHERE locale = ? ORDER BY word"),
                           {locale}, "list dictionary words");
        !r)
        return r.error();
    QStringList words;
    while (q.next())
        words.append(q.value(0).toString());
    return words;
}

Result<void> DictionaryRepository::remove(const QString &locale, const QString &word)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(q, QStringLiteral("DELETE FROM dictionary_words WHERE locale = ? AND word = ?"),
                     {locale, word.trimmed()}, "remove dictionary word");
}
