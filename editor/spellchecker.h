// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class Hunspell;

/// Spelling over hunspell dictionaries (Debian installs them in /usr/share/hunspell).
///
/// Word rules (see checkableWords()): a word is a run of letters and combining marks; an apostrophe
/// (' or ’) between letters belongs to the word ("don't", "writer’s"), a hyphen splits it so each
/// part is checked ("well-knwon" flags "knwon"). Never checked: runs that contain a digit ("3rd",
/// "MP3"), ALL-CAPS words of two letters or more (acronyms: "NASA", "ABC"), URLs (scheme:// or
/// www.) and e-mail addresses.
///
/// Results are cached per word, so re-checking a paragraph on each keystroke asks hunspell only
/// about the word being typed.
class SpellChecker : public QObject
{
    Q_OBJECT

public:
    /// A word to check in a piece of text.
    struct WordRange {
        qsizetype start = 0;
        qsizetype length = 0;
        friend bool operator==(const WordRange &, const WordRange &) = default;
    };

    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    /// Loads the dictionary for `localeName` ("en_AU", "en-GB", "en"...). Without an exact match
    /// the language's own country is tried ("de" → de_DE), then for English en_GB (Commonwealth
    /// spelling is what most English locales outside the US use), then any dictionary of the
    /// language. False with errorString() when there is none; the previous dictionary stays.
    bool setLanguage(const QString &localeName);
    /// The loaded dictionary's name ("en_GB"); empty when none.
    QString language() const { return m_language; }
    QString errorString() const { return m_error; }
    bool isReady() const { return m_hunspell != nullptr; }

    /// Dictionary names found in the search paths, sorted ("en_AU", "en_GB", "en_US").
    static QStringList availableLanguages();
    /// Folders searched for <name>.aff/.dic: $DICPATH first, then the system's.
    static QStringList searchPaths();

    /// True for correctly spelt, added or ignored words, and when no dictionary is loaded.
    bool isCorrect(QStringView word) const;
    QStringList suggestions(QStringView word, int max = 8) const;

    /// Adds a word the user chose to keep; emits wordAdded so the app can store it.
    void addWord(const QString &word);
    /// Adds stored words (at start-up, from the database) without signalling each one. Added
    /// words belong to the loaded language: after setLanguage() the app adds that language's.
    void addWords(const QStringList &words);
    /// Accepts a word for this session only.
    void ignoreWord(const QString &word);

    /// The words of `text` worth checking, by the rules above.
    static QList<WordRange> checkableWords(QStringView text);

Q_SIGNALS:
    void wordAdded(const QString &language, const QString &word);
    /// The language changed: every verdict may have changed.
    void languageChanged();
    /// One word became correct (added or ignored).
    void wordAccepted(const QString &word);

private:
    std::string encode(QStringView word) const;
    QString decode(const std::string &bytes) const;
    void addToRuntimeDictionary(const QString &word);

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language;
    QString m_encoding;
    QString m_error;
    QSet<QString> m_ignored;
    mutable QHash<QString, bool> m_cache;
};
