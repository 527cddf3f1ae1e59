// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellchecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell/hunspell.hxx>

using namespace Qt::StringLiterals;

namespace {

// A cache that could grow without end on a long session is cleared instead; refilling is cheap.
constexpr qsizetype maxCachedWords = 200'000;

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Scripts written without spaces between words, for which an English dictionary has nothing to say.
bool isUnspacedScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

// Hunspell's ICONV maps ’ to ' for the en dictionaries; doing it here too keeps one cache entry.
QString normalised(QStringView word)
{
    QString w = word.toString();
    w.replace(u'\u2019', u'\'');
    return w;
}

// Where the part of a whitespace-free run that is a URL or an e-mail address begins; run.size() if none.
qsizetype addressStart(QStringView run)
{
    qsizetype end = run.size();
    if (const qsizetype scheme = run.indexOf(u"://"); scheme > 0) {
        qsizetype s = scheme;
        while (s > 0 && (run.at(s - 1).isLetterOrNumber() || run.at(s - 1) == u'+' || run.at(s - 1) == u'-'))
            --s;
        end = std::min(end, s);
    }
    for (qsizetype www = run.indexOf(u"www.", 0, Qt::CaseInsensitive); www >= 0;
         www = run.indexOf(u"www.", www + 1, Qt::CaseInsensitive)) {
        if (www == 0 || !isWordChar(run.at(www - 1))) {
            end = std::min(end, www);
            break;
        }
    }
    if (const qsizetype at = run.indexOf(u'@'); at > 0 && run.indexOf(u'.', at) > at) {
        qsizetype s = at;
        while (s > 0 && (isWordChar(run.at(s - 1)) || QStringView(u"._%+-").contains(run.at(s - 1))))
            --s;
        end = std::min(end, s);
    }
    return end;
}

bool worthChecking(QStringView word)
{
    int letters = 0;
    bool lower = false;
    for (QChar c : word) {
        if (c.isDigit() || isUnspacedScript(c) || c.isSurrogate())
            return false;
        if (c.isLetter()) {
            ++letters;
            lower = lower || !c.isUpper();
        }
    }
    return letters > 0 && (lower || letters < 2);
}

} // namespace

SpellChecker::SpellChecker(QObject *parent)
    : QObject(parent)
{ }

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::searchPaths()
{
    QStringList paths;
    for (const auto items = qEnvironmentVariable("DICPATH").split(u':', Qt::SkipEmptyParts); const QString &p : items)
        paths += p;
    paths += {u"/usr/share/hunspell"_s, u"/usr/local/share/hunspell"_s, u"/usr/share/myspell"_s,
              u"/usr/share/myspell/dicts"_s};
    return paths;
}

QStringList SpellChecker::availableLanguages()
{
    QStringList names;
    for (const auto items = searchPaths(); const QString &path : items) {
        const QDir dir(path);
        for (const auto items = dir.entryInfoList({u"*.aff"_s}, QDir::Files | QDir::Readable);
             const QFileInfo &aff : items) {
            const QString name = aff.completeBaseName();
            if (!names.contains(name) && QFileInfo::exists(dir.filePath(name + u".dic"_s)))
                names += name;
        }
    }
    names.sort();
    return names;
}

bool SpellChecker::setLanguage(const QString &localeName)
{
    const QStringList available = availableLanguages();
    QString requested = localeName.isEmpty() ? QLocale::system().name() : localeName;
    requested.replace(u'-', u'_');
    const QLocale locale(requested);
    const QString language = requested.section(u'_', 0, 0).toLower();

    QStringList candidates{requested};
    if (requested.contains(u'_') && locale.language() != QLocale::C)
        candidates += locale.name(); // canonical spelling, e.g. "en_au" → "en_AU"
    candidates += language + u'_' + language.toUpper();
    if (language == u"en")
        candidates += u"en_GB"_s;
    candidates += language;
    for (const QString &name : available) {
        if (name.startsWith(language + u'_'))
            candidates += name;
    }

    QString chosen;
    for (const QString &c : std::as_const(candidates)) {
        if (available.contains(c)) {
            chosen = c;
            break;
        }
    }
    if (chosen.isEmpty()) {
        m_error = tr("There is no spelling dictionary for “%1”. Install a hunspell dictionary for it.").arg(localeName);
        return false;
    }
    if (chosen == m_language && m_hunspell) {
        m_error.clear();
        return true;
    }

    QString aff;
    for (const auto items = searchPaths(); const QString &path : items) {
        const QDir dir(path);
        if (QFileInfo::exists(dir.filePath(chosen + u".aff"_s))
            && QFileInfo::exists(dir.filePath(chosen + u".dic"_s))) {
            aff = dir.filePath(chosen + u".aff"_s);
            break;
        }
    }
    const QString dic = aff.chopped(4) + u".dic"_s;
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    m_encoding = QString::fromStdString(m_hunspell->get_dict_encoding());
    m_language = chosen;
    m_cache.clear();
    m_error.clear();
    Q_EMIT languageChanged();
    return true;
}

std::string SpellChecker::encode(QStringView word) const
{
    if (m_encoding.isEmpty() || m_encoding.compare(u"UTF-8", Qt::CaseInsensitive) == 0)
        return word.toUtf8().toStdString();
    QStringEncoder encoder(m_encoding.toLatin1().constData());
    if (!encoder.isValid())
        return word.toUtf8().toStdString();
    QByteArray bytes = encoder(word);
    // A character the dictionary's charset cannot hold is not something it can judge.
    if (encoder.hasError())
        return {};
    return bytes.toStdString();
}

QString SpellChecker::decode(const std::string &bytes) const
{
    if (m_encoding.isEmpty() || m_encoding.compare(u"UTF-8", Qt::CaseInsensitive) == 0)
        return QString::fromStdString(bytes);
    QStringDecoder decoder(m_encoding.toLatin1().constData());
    if (!decoder.isValid())
        return QString::fromStdString(bytes);
    return decoder(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

bool SpellChecker::isCorrect(QStringView word) const
{
    if (!m_hunspell || word.isEmpty())
        return true;
    const QString key = normalised(word);
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    bool correct = m_ignored.contains(key);
    if (!correct) {
        const std::string bytes = encode(key);
        correct = bytes.empty() || m_hunspell->spell(bytes);
    }
    if (m_cache.size() >= maxCachedWords)
        m_cache.clear();
    m_cache.insert(key, correct);
    return correct;
}

QStringList SpellChecker::suggestions(QStringView word, int max) const
{
    QStringList result;
    if (!m_hunspell || word.isEmpty())
        return result;
    const std::string bytes = encode(normalised(word));
    if (bytes.empty())
        return result;
    for (const std::string &s : m_hunspell->suggest(bytes)) {
        if (result.size() >= max)
            break;
        result += decode(s);
    }
    return result;
}

void SpellChecker::addToRuntimeDictionary(const QString &word)
{
    const QString key = normalised(word.trimmed());
    if (key.isEmpty())
        return;
    if (m_hunspell) {
        if (const std::string bytes = encode(key); !bytes.empty())
            m_hunspell->add(bytes);
    }
    m_cache.insert(key, true);
}

void SpellChecker::addWord(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty())
        return;
    addToRuntimeDictionary(trimmed);
    Q_EMIT wordAdded(m_language, trimmed);
    Q_EMIT wordAccepted(trimmed);
}

void SpellChecker::addWords(const QStringList &words)
{
    for (const QString &w : words)
        addToRuntimeDictionary(w);
}

void SpellChecker::ignoreWord(const QString &word)
{
    const QString key = normalised(word.trimmed());
    if (key.isEmpty())
        return;
    m_ignored.insert(key);
    m_cache.insert(key, true);
    Q_EMIT wordAccepted(word.trimmed());
}

QList<SpellChecker::WordRange> SpellChecker::checkableWords(QStringView text)
{
    QList<WordRange> words;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const qsizetype runStart = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        const QStringView run = text.sliced(runStart, i - runStart);
        const qsizetype end = addressStart(run);
        qsizetype j = 0;
        while (j < end) {
            if (!isWordChar(run.at(j))) {
                ++j;
                continue;
            }
            const qsizetype start = j;
            while (j < end
                   && (isWordChar(run.at(j))
                       || (isApostrophe(run.at(j)) && j + 1 < end && run.at(j + 1).isLetter()
                           && run.at(j - 1).isLetter())))
                ++j;
            const QStringView word = run.sliced(start, j - start);
            if (worthChecking(word))
                words.append({runStart + start, j - start});
        }
    }
    return words;
}
