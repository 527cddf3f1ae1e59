// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files: each tests/render/golden/NAME.md (an article file) must render to NAME.html byte
// for byte. After an intended change, regenerate with tests/render/update-golden.sh (it runs this
// test with COPYDESK_UPDATE_GOLDEN=1) and review the diff like code.
#include "articlefile.h"
#include "articlerenderer.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

const QString goldenDir = QStringLiteral(COPYDESK_GOLDEN_DIR);

// A 1×1 PNG standing in for the story's own inline image 7.
const QByteArray inlinePng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNgYGAAAAAEAAHI6uv5AAAAAElFTkSuQmCC");

// The newsroom's authors, as the store would look them up by name.
const QHash<QString, QString> bios{
    {QStringLiteral("Maren Okafor"),
     QStringLiteral("Business correspondent covering the port, shipping and the regional economy.")},
    {QStringLiteral("Tomasz Reilly"),
     QStringLiteral("Technology reporter writing about software, data and the people who build them.")},
};

// The test's own front-matter keys (test_locale: ...), which ArticleFile keeps as unknown lines.
QHash<QString, QString> testKeys(const QString &extraFrontMatter)
{
    QHash<QString, QString> keys;
    for (const auto items = extraFrontMatter.split(u'\n', Qt::SkipEmptyParts); const QString &line : items) {
        const qsizetype colon = line.indexOf(u':');
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2).replace(QStringLiteral("\\\""), QStringLiteral("\""));
        keys.insert(line.left(colon).trimmed(), value);
    }
    return keys;
}

struct Case {
    RenderInput input;
    PageOptions options;
};

std::optional<Case> readCase(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    auto parsed = ArticleFile::parse(file.readAll());
    if (!parsed) {
        *error = parsed.error().message;
        return std::nullopt;
    }
    const ArticleFile &f = *parsed;
    const QHash<QString, QString> keys = testKeys(f.extraFrontMatter);

    Case c;
    Article &a = c.input.article;
    a.headline = f.headline;
    a.dek = f.dek;
    a.dateline = f.dateline;
    a.published = f.published;
    a.scheduled = f.scheduled;
    a.body = f.body;
    a.attribution = f.attribution;
    a.sourceUrl = f.sourceUrl;
    a.notes = f.notes;
    if (f.heroImage.startsWith(QLatin1StringView("data:"))) {
        const QString mime = f.heroImage.section(u':', 1).section(u';', 0, 0);
        a.hero = HeroImage{1, mime, f.heroAlt, f.heroCaption, f.heroCredit};
        c.input.heroData = QByteArray::fromBase64(f.heroImage.section(u',', 1).toLatin1());
    }
    c.input.sectionName = f.section;
    for (const QString &name : f.byline)
        c.input.authors << Author{c.input.authors.size() + 1, name, bios.value(name)};
    if (keys.contains(QStringLiteral("test_bio")) && !c.input.authors.isEmpty())
        c.input.authors[0].bio = keys.value(QStringLiteral("test_bio"));
    c.input.tagNames = f.tags;

    Publication &p = c.input.publication;
    p.name = keys.value(QStringLiteral("test_publication"), QStringLiteral("The Harbour Ledger"));
    p.tagline = keys.value(QStringLiteral("test_tagline"),
                           QStringLiteral("News from the quays, the council chamber and everything in between"));
    p.homeCity = keys.value(QStringLiteral("test_home_city"), QStringLiteral("Bristol"));
    p.locale = keys.value(QStringLiteral("test_locale"), QStringLiteral("en_GB"));
    p.timeZone = keys.value(QStringLiteral("test_time_zone"), QStringLiteral("Europe/London"));

    const QStringList options = keys.value(QStringLiteral("test_options")).split(u' ', Qt::SkipEmptyParts);
    c.options.theme =
        options.contains(QLatin1StringView("dark")) ? PageOptions::Theme::Dark : PageOptions::Theme::Light;
    c.options.width =
        options.contains(QLatin1StringView("phone")) ? PageOptions::Width::Phone : PageOptions::Width::Desktop;
    c.options.sourcePositions = options.contains(QLatin1StringView("sourcepos"));
    c.options.forExport = options.contains(QLatin1StringView("export"));
    return c;
}

std::optional<std::pair<QByteArray, QString>> resolve(qint64 id)
{
    if (id != 7)
        return std::nullopt;
    return std::pair{inlinePng, QStringLiteral("image/png")};
}

QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i) {
        const QByteArray w = want.value(i), g = got.value(i);
        if (w != g) {
            return QStringLiteral("first difference at line %1:\n  expected: %2\n  actual:   %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(w.left(300)), QString::fromUtf8(g.left(300)));
        }
    }
    return QString();
}

} // namespace

class RendererGoldenTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thereAreGoldensForEveryKindOfArticle()
    {
        const QStringList names = QDir(goldenDir).entryList({QStringLiteral("*.md")});
        QVERIFY2(names.size() >= 6, qPrintable(names.join(u' ')));
        for (const QString &name : names) {
            const QString html = goldenDir + u'/' + name.chopped(3) + QStringLiteral(".html");
            QVERIFY2(QFile::exists(html) || qEnvironmentVariableIsSet("COPYDESK_UPDATE_GOLDEN"), qPrintable(html));
        }
    }

    void pageMatchesItsGolden_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto files = QDir(goldenDir).entryList({QStringLiteral("*.md")}); const QString &md : files)
            QTest::newRow(qPrintable(md)) << md.chopped(3);
    }

    void pageMatchesItsGolden()
    {
        QFETCH(QString, name);
        QString error;
        const std::optional<Case> c = readCase(goldenDir + u'/' + name + QStringLiteral(".md"), &error);
        QVERIFY2(c, qPrintable(error));
        const QByteArray actual = ArticleRenderer::page(c->input, c->options, resolve).toUtf8();
        const QString referencePath = goldenDir + u'/' + name + QStringLiteral(".html");

        if (qEnvironmentVariableIntValue("COPYDESK_UPDATE_GOLDEN") == 1) {
            QFile reference(referencePath);
            QVERIFY(reference.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(reference.write(actual), actual.size());
            qInfo("updated %s", qPrintable(referencePath));
            return;
        }

        QFile reference(referencePath);
        QVERIFY2(reference.open(QIODevice::ReadOnly), qPrintable(referencePath));
        const QByteArray expected = reference.readAll();
        if (expected != actual) {
            const QString outDir = QCoreApplication::applicationDirPath() + QStringLiteral("/golden-actual");
            QDir().mkpath(outDir);
            QFile out(outDir + u'/' + name + QStringLiteral(".html"));
            if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                out.write(actual);
            QFAIL(qPrintable(firstDifference(expected, actual)
                             + QStringLiteral("\nactual output written to %1; compare with\n  diff -u %2 %1\n"
                                              "if the change is intended, run tests/render/update-golden.sh")
                                   .arg(out.fileName(), referencePath)));
        }
    }
};

QTEST_GUILESS_MAIN(RendererGoldenTest)
#include "tst_renderergolden.moc"
