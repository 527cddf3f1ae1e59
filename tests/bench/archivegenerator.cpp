// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivegenerator.h"

#include "articlebulkwriter.h"
#include "authorrepository.h"
#include "database.h"
#include "sectionrepository.h"
#include "tagrepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int vocabularySize = 30000;
constexpr double zipfExponent = 1.05;

// The most frequent words of English news text, roughly in order, then its common content words.
const char *const commonWords =
    "the of to and a in that is for on said was with as it by at from he be has have are were its an this will "
    "but not they which after their who more been had year new would also up about than over two people other "
    "into one could last first some government when out all there percent she his her we our can million state "
    "police minister president city years told time three since company week between against during before "
    "market officials country public report day while under most market prices billion local health school "
    "council court election party campaign vote parliament budget tax economy inflation bank interest rate "
    "energy climate water power plant station harbour river bridge road rail airport transport housing rent "
    "workers union strike wages jobs industry factory shares investors trade exports imports deal agreement "
    "talks summit leaders foreign defence army border security crime trial judge jury prison hospital doctors "
    "nurses patients vaccine virus research university students teachers children families women men police "
    "officers fire storm flood drought heat wildfire emergency rescue victims residents community mayor "
    "councillors plan proposal project funding cost costs spending cuts reform law bill rules regulator "
    "technology software data privacy internet phone computer artificial intelligence chips startup founder "
    "chief executive board chairman profit loss revenue quarter growth recession debt loans mortgage homes "
    "sales retail shops consumers food farmers crops harvest fuel gas oil coal wind solar electricity grid "
    "emissions carbon pollution air sea coast island beach park forest wildlife species museum art festival "
    "music film theatre book author award match team season coach players league cup final goal win victory "
    "defeat record fans stadium club transfer injury race champion title tournament olympic world national "
    "international regional federal european african asian american british australian chinese indian german "
    "french spokesperson statement interview announced confirmed warned expected according including however "
    "despite although because around about nearly almost several many few early late next previous former "
    "senior junior major minor high low long short large small big little good bad best worst major key "
    "important significant further recent current future final open closed free full half whole";

QStringList buildVocabulary()
{
    QStringList words = QString::fromLatin1(commonWords).split(u' ', Qt::SkipEmptyParts);
    words.removeDuplicates();
    QSet<QString> seen(words.cbegin(), words.cend());
    // The long tail: names of people, places and things, made from syllables.
    static const char *const syllables[] = {"ka",  "lo",  "ne", "sta", "vi", "ran", "mo", "del", "ta", "ber",
                                            "sun", "ri",  "go", "man", "ha", "el",  "or", "in",  "ve", "tor",
                                            "bi",  "ska", "ma", "ron", "li", "den", "fa", "nu",  "pe", "tra"};
    QRandomGenerator random(7); // the vocabulary is the same for every seed
    while (words.size() < vocabularySize) {
        QString w;
        const int n = 2 + int(random.bounded(3));
        for (int i = 0; i < n; ++i)
            w += QLatin1StringView(syllables[random.bounded(int(std::size(syllables)))]);
        if (!seen.contains(w)) {
            seen.insert(w);
            words.append(w);
        }
    }
    return words;
}

// Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s, by a table of quantiles: one
// random number and one load per word, which keeps 165 million words of text to seconds.
class Zipf
{
public:
    Zipf(int n, double s)
        : m_table(size_t(1) << tableBits)
    {
        std::vector<double> cumulative;
        cumulative.reserve(size_t(n));
        double sum = 0;
        for (int k = 1; k <= n; ++k) {
            sum += 1.0 / std::pow(double(k), s);
            cumulative.push_back(sum);
        }
        size_t rank = 0;
        for (size_t i = 0; i < m_table.size(); ++i) {
            const double x = (double(i) + 0.5) / double(m_table.size()) * sum;
            while (rank + 1 < size_t(n) && cumulative[rank] < x)
                ++rank;
            m_table[i] = int(rank);
        }
    }
    int draw(QRandomGenerator &random) const { return m_table[random.generate() >> (32 - tableBits)]; }

private:
    static constexpr int tableBits = 20;
    std::vector<int> m_table;
};

QString capitalised(const QString &word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

class TextMaker
{
public:
    explicit TextMaker(QRandomGenerator &random)
        : m_random(random)
        , m_words(ArchiveGenerator::vocabulary())
        , m_zipf(int(m_words.size()), zipfExponent)
        , m_content(int(m_words.size()) - 40, 0.9)
    { }

    const QString &word() { return m_words.at(m_zipf.draw(m_random)); }
    // Headline words skip the 40 most common function words, as headlines do.
    const QString &contentWord() { return m_words.at(40 + m_content.draw(m_random)); }

    QString headline()
    {
        QString h = capitalised(contentWord());
        const int n = 4 + int(m_random.bounded(7));
        for (int i = 1; i < n; ++i)
            h += u' ' + contentWord();
        return h;
    }

    void sentence(QString &out, int &words, int maxWords)
    {
        const int n = std::min(maxWords - words, 8 + int(m_random.bounded(22)));
        for (int i = 0; i < n; ++i) {
            const QString &w = word();
            if (i == 0) {
                out += capitalised(w);
                continue;
            }
            if (m_random.generate() % 12 == 0)
                out += u',';
            out += u' ';
            out += w;
        }
        out += u'.';
        words += n;
    }

    QString body(int wordCount)
    {
        QString text;
        text.reserve(wordCount * 7);
        int words = 0;
        int paragraph = 0;
        while (words < wordCount) {
            if (paragraph > 0 && paragraph % 6 == 0 && wordCount - words > 40) {
                text += u"## "_s + headline() + u"\n\n"_s;
            } else if (m_random.bounded(8) == 0 && wordCount - words > 30) {
                text += u"> “"_s;
                sentence(text, words, wordCount);
                text += u"” said "_s + capitalised(contentWord()) + u' ' + capitalised(contentWord()) + u".\n\n"_s;
            } else {
                const int sentences = 2 + int(m_random.bounded(4));
                for (int i = 0; i < sentences && words < wordCount; ++i) {
                    if (i > 0)
                        text += u' ';
                    sentence(text, words, wordCount);
                }
                text += u"\n\n"_s;
            }
            ++paragraph;
        }
        return text;
    }

private:
    QRandomGenerator &m_random;
    const QStringList &m_words;
    Zipf m_zipf;
    Zipf m_content;
};

ArticleStatus drawStatus(QRandomGenerator &random)
{
    const int x = int(random.bounded(100));
    if (x < 70)
        return ArticleStatus::Published;
    if (x < 78)
        return ArticleStatus::Updated;
    if (x < 80)
        return ArticleStatus::Unpublished;
    if (x < 90)
        return ArticleStatus::Draft;
    if (x < 95)
        return ArticleStatus::InReview;
    if (x < 98)
        return ArticleStatus::Ready;
    return ArticleStatus::Scheduled;
}

const QStringList firstNames{u"Ana"_s,    u"Bo"_s,    u"Chidi"_s,  u"Dara"_s,  u"Elif"_s, u"Farid"_s, u"Grace"_s,
                             u"Hiro"_s,   u"Ines"_s,  u"Jonas"_s,  u"Kemi"_s,  u"Lars"_s, u"Mei"_s,   u"Nadia"_s,
                             u"Omar"_s,   u"Priya"_s, u"Quinn"_s,  u"Rosa"_s,  u"Sven"_s, u"Tomás"_s, u"Uma"_s,
                             u"Viktor"_s, u"Wen"_s,   u"Ximena"_s, u"Yusuf"_s, u"Zofia"_s};
const QStringList lastNames{u"Pereira"_s,  u"Lindqvist"_s, u"Okafor"_s,  u"Murphy"_s,  u"Yilmaz"_s, u"Haddad"_s,
                            u"Nakamura"_s, u"García"_s,    u"Schmidt"_s, u"Adeyemi"_s, u"Larsen"_s, u"Chen"_s,
                            u"Rahman"_s,   u"Kowalski"_s,  u"O’Brien"_s, u"Dubois"_s,  u"Rossi"_s,  u"Novak"_s,
                            u"Singh"_s,    u"Costa"_s,     u"Ivanova"_s, u"Müller"_s,  u"Tanaka"_s, u"Abebe"_s};
} // namespace

namespace ArchiveGenerator {

const QStringList &vocabulary()
{
    static const QStringList words = buildVocabulary();
    return words;
}

QStringList sectionNames()
{
    return {u"News"_s,    u"Politics"_s, u"Business"_s, u"Technology"_s, u"Science"_s, u"Health"_s,
            u"Climate"_s, u"World"_s,    u"Sport"_s,    u"Culture"_s,    u"Opinion"_s, u"Local"_s};
}

Result<ArchiveReport> generate(Database &db, const ArchiveSpec &spec)
{
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(spec.seed);
    TextMaker text(random);
    ArchiveReport report;

    auto people = db.inTransaction([&]() -> Result<std::pair<QList<qint64>, QList<qint64>>> {
        QList<qint64> authorIds;
        AuthorRepository authors(db);
        for (int i = 0; authorIds.size() < spec.authors; ++i) {
            QString name =
                firstNames.at(i % firstNames.size()) + u' ' + lastNames.at((i / firstNames.size()) % lastNames.size());
            if (i >= firstNames.size() * lastNames.size())
                name += u' ' + capitalised(vocabulary().at(1000 + i)); // a middle name keeps names unique
            auto added = authors.add(Author{0, name, u"Reporter on the %1 desk."_s.arg(sectionNames().at(i % 12))});
            if (!added)
                return added.error();
            authorIds.append(added->id);
        }
        QList<qint64> tagIds;
        TagRepository tags(db);
        const QStringList &words = vocabulary();
        for (int i = 0; tagIds.size() < spec.tags; ++i) {
            // Popular tags are common topics; the long tail, two-word names of people and things.
            // Every (first, second) pair comes once: i and i + m differ in their second word.
            const qint64 m = words.size() - 300;
            const qint64 j = i;
            const QString name = i < 300 ? capitalised(words.at(40 + i))
                                         : capitalised(words.at(300 + j % m)) + u' '
                    + capitalised(words.at(300 + (j / m * 104729 + j * 7919 + 1) % m));
            const TagKind kind = TagKind(i % 4);
            auto added = tags.add(Tag{0, name, {}, kind});
            if (!added) {
                if (added.error().kind == StorageError::Kind::Conflict)
                    continue; // a near-duplicate name; the next one will do
                return added.error();
            }
            tagIds.append(added->id);
        }
        return std::pair{authorIds, tagIds};
    });
    if (!people)
        return people.error();
    const QList<qint64> authorIds = people->first;
    const QList<qint64> tagIds = people->second;

    QList<qint64> sectionIds;
    SectionRepository sections(db);
    for (const auto items = sectionNames(); const QString &name : items) {
        auto section = sections.findByName(name);
        if (!section)
            section = sections.add(Section{0, name, {}, int(sectionIds.size())});
        if (!section)
            return section.error();
        sectionIds.append(section->id);
    }

    const Zipf tagPopularity(int(tagIds.size()), 1.0);
    const Zipf authorPopularity(int(authorIds.size()), 0.8);
    const qint64 fiveYears = 5LL * 365 * 24 * 3600;
    int made = 0;
    auto stored = ArticleBulkWriter(db).insertAll([&]() -> std::optional<Article> {
        if (made == spec.articles)
            return std::nullopt;
        Article a;
        a.headline = text.headline();
        // Headlines are ASCII words and spaces: slugify()'s ICU transliteration would cost more
        // than the rest of the story.
        a.slug = a.headline.toLower().replace(u' ', u'-') + u'-' + QString::number(made + 1);
        a.slugAuto = false;
        QString dek;
        int dekWords = 0;
        text.sentence(dek, dekWords, 30);
        a.dek = dek;
        a.sectionId = sectionIds.at(int(random.bounded(int(sectionIds.size()))));
        a.status = drawStatus(random);
        a.created = spec.now.addSecs(-qint64(random.bounded(quint64(fiveYears))));
        a.updated = a.created.addSecs(qint64(random.bounded(3 * 24 * 3600)));
        if (a.updated > spec.now)
            a.updated = spec.now;
        if (a.status == ArticleStatus::Published || a.status == ArticleStatus::Updated
            || a.status == ArticleStatus::Unpublished)
            a.published = a.created.addSecs(qint64(random.bounded(6 * 3600)));
        if (a.status == ArticleStatus::Scheduled)
            a.scheduled = spec.now.addSecs(qint64(random.bounded(14 * 24 * 3600)));
        a.body = text.body(spec.minWords + int(random.bounded(spec.maxWords - spec.minWords + 1)));
        const int bylineLength = random.bounded(100) < 85 ? 1 : (random.bounded(100) < 87 ? 2 : 3);
        while (a.authorIds.size() < bylineLength) {
            const qint64 id = authorIds.at(authorPopularity.draw(random));
            if (!a.authorIds.contains(id))
                a.authorIds.append(id);
        }
        const int tagCount = 2 + int(random.bounded(7));
        while (a.tagIds.size() < std::min<qsizetype>(tagCount, tagIds.size())) {
            const qint64 id = tagIds.at(tagPopularity.draw(random));
            if (!a.tagIds.contains(id))
                a.tagIds.append(id);
        }
        a.attribution = random.bounded(5) == 0
            ? u"First reported by the %1 %2."_s.arg(capitalised(text.contentWord()), capitalised(text.contentWord()))
            : QString();
        a.dateline = capitalised(vocabulary().at(2000 + int(random.bounded(500))));
        ++made;
        return a;
    });
    if (!stored)
        return stored.error();
    report.articles = stored.value();
    report.tags = int(tagIds.size());
    report.authors = int(authorIds.size());
    report.sections = int(sectionIds.size());
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace ArchiveGenerator
