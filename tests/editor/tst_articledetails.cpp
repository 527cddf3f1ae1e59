// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledetails.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class ArticleDetailsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyToWritesBackWhatSetArticleShowed()
    {
        ArticleDetails details;
        details.setVocabulary(sections(), authors(), tags(), publication());
        QSignalSpy edited(&details, &ArticleDetails::edited);
        details.setArticle(full());
        QCOMPARE(edited.size(), 0);
        Article out;
        out.headline = QStringLiteral("not the details'");
        details.applyTo(out);
        Article expected = full();
        expected.id = 0;
        expected.headline = out.headline;
        expected.body.clear();
        expected.status = out.status;
        QCOMPARE(out, expected);
    }

    void ctrlZUndoesASectionChange()
    {
        ArticleDetails details;
        details.setVocabulary(sections(), authors(), tags(), publication());
        details.setArticle(full()); // Technology
        QSignalSpy edited(&details, &ArticleDetails::edited);
        auto *section = field<QComboBox>(details, "section");
        QTest::keyClick(section, Qt::Key_Up); // → Business
        QCOMPARE(sectionOf(details), 1);
        QCOMPARE(details.undoStack()->count(), 1);
        QCOMPARE(details.undoStack()->undoText(), QStringLiteral("Change section"));

        QTest::keyClick(section, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(sectionOf(details), 2);
        QCOMPARE(section->currentText(), QStringLiteral("Technology"));
        QCOMPARE(edited.size(), 2); // the change and its undo are both edits
        QTest::keyClick(section, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(sectionOf(details), 1);
    }

    void ctrlZUndoesTheScheduleAndATimeChangeIsOneStep()
    {
        ArticleDetails details;
        details.setVocabulary(sections(), authors(), tags(), publication());
        details.setArticle(sample()); // not scheduled
        auto *on = field<QCheckBox>(details, "scheduleOn");
        auto *edit = field<QDateTimeEdit>(details, "schedule");
        QTest::keyClick(on, Qt::Key_Space);
        QVERIFY(scheduledOf(details).isValid());
        const QDateTime first(QDate(2025, 6, 2), QTime(8, 0), QTimeZone(QByteArrayLiteral("Pacific/Auckland")));
        edit->setDateTime(first);
        edit->setDateTime(first.addSecs(3600));
        edit->setDateTime(first.addSecs(7200));
        QCOMPARE(details.undoStack()->count(), 2); // ticking the box, then the time
        QCOMPARE(scheduledOf(details), first.addSecs(7200));

        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(on->isChecked());
        QVERIFY(scheduledOf(details) != first); // back to the time before any turning
        QTest::keyClick(on, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!on->isChecked());
        QVERIFY(!edit->isEnabled());
        QVERIFY(!scheduledOf(details).isValid());
        QTest::keyClick(on, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(on, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(scheduledOf(details), first.addSecs(7200));
        QVERIFY(edit->isEnabled());
    }

    void ctrlZUndoesRemovingAndChoosingTheHeroImage()
    {
        ArticleDetails details;
        details.setArticle(full()); // a stored hero, id 12
        details.setHeroImagePreview(png(Qt::red));
        field<QPushButton>(details, "heroRemove")->click();
        QVERIFY(!heroOf(details));

        auto *thumbnail = field<QToolButton>(details, "heroThumbnail");
        QTest::keyClick(thumbnail, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(heroOf(details), full().hero); // the stored image and its words
        QVERIFY(!thumbnail->icon().isNull());

        QVERIFY(details.setHeroImageData(png(Qt::blue)));
        QCOMPARE(heroOf(details)->imageId, 0);
        QTest::keyClick(thumbnail, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(heroOf(details), full().hero);
        QVERIFY(!details.pendingHeroImage());
        QTest::keyClick(thumbnail, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(details.pendingHeroImage(), std::optional<QByteArray>(png(Qt::blue)));
        QCOMPARE(heroOf(details)->altText, full().hero->altText);
    }

    void typingTheHerosWordsIsLeftToTheirOwnUndo()
    {
        ArticleDetails details;
        details.setArticle(full());
        auto *alt = field<QLineEdit>(details, "heroAlt");
        QTest::keyClicks(alt, QStringLiteral(" at dusk"));
        QCOMPARE(details.undoStack()->count(), 0);
        QTest::keyClick(alt, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(heroOf(details)->altText, full().hero->altText);
    }

    void aNewArticleAndReadOnlyClearTheHistory()
    {
        ArticleDetails details;
        details.setVocabulary(sections(), authors(), tags(), publication());
        details.setArticle(full());
        auto *section = field<QComboBox>(details, "section");
        QTest::keyClick(section, Qt::Key_Up);
        QVERIFY(details.undoStack()->canUndo());
        details.setArticle(full());
        QVERIFY(!details.undoStack()->canUndo());

        QTest::keyClick(section, Qt::Key_Up);
        details.setReadOnly(true);
        QVERIFY(!details.undoStack()->canUndo());
        QTest::keyClick(section, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(sectionOf(details), 1);
    }

    void aWindowWideUndoShortcutDoesNotTakeTheKey()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *details = new ArticleDetails(&window);
        layout->addWidget(details);
        auto *windowUndo = new QAction(&window);
        windowUndo->setShortcut(QKeySequence::Undo);
        window.addAction(windowUndo);
        QSignalSpy windowUndone(windowUndo, &QAction::triggered);
        details->setVocabulary(sections(), authors(), tags(), publication());
        details->setArticle(full());
        details->setExpanded(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto *section = field<QComboBox>(*details, "section");
        section->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(section));
        QTest::keyClick(section, Qt::Key_Up);
        QTest::keyClick(section, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(sectionOf(*details), 2);
        QCOMPARE(windowUndone.size(), 0);
        // with nothing left to undo, the key is the window's
        QTest::keyClick(section, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(windowUndone.size(), 1);
    }

    void theSlugFollowsTheHeadlineUntilPublished()
    {
        ArticleDetails details;
        details.setArticle(Article{});
        details.setHeadline(QStringLiteral("Port strike ends"));
        details.followHeadline();
        QCOMPARE(slugOf(details), QStringLiteral("port-strike-ends"));

        Article published = sample();
        published.published = QDateTime(QDate(2025, 1, 2), QTime(3, 4), QTimeZone::UTC);
        details.setArticle(published);
        details.setHeadline(QStringLiteral("Another headline"));
        details.followHeadline();
        QCOMPARE(slugOf(details), sample().slug);
    }

    void theSummaryNamesWhatIsSet()
    {
        ArticleDetails details;
        details.setVocabulary(sections(), authors(), tags(), publication());
        details.setArticle(full());
        const QString summary = field<QLabel>(details, "detailsSummary")->text();
        for (const char *part : {"Technology", "Ben Okafor, Ana Ruiz", "Napier", "2 tags", "scheduled", "hero image"})
            QVERIFY2(summary.contains(QLatin1StringView(part)), qPrintable(summary));
        QVERIFY(!details.isExpanded());
        field<QToolButton>(details, "detailsToggle")->click();
        QVERIFY(details.isExpanded());
        QVERIFY(field<QLabel>(details, "detailsSummary")->isHidden());
    }

    void anEmptyNewStoryTakesTheHomeCityUntilTheStoryIsWritten()
    {
        ArticleDetails details;
        details.setArticle(Article{});
        details.setVocabulary(sections(), authors(), tags(), publication());
        QCOMPARE(field<QLineEdit>(details, "dateline")->text(), QStringLiteral("Wellington"));

        ArticleDetails written;
        written.setArticle(Article{});
        written.storyEdited();
        written.setVocabulary(sections(), authors(), tags(), publication());
        QVERIFY(field<QLineEdit>(written, "dateline")->text().isEmpty());
    }

    void tagsNamedInTheStoryAreSuggestedAndTakenWithOneClick()
    {
        ArticleDetails details;
        details.setVocabulary(sections(), authors(), tags() + storyTags(), publication());
        Article article = sample();
        article.tagIds = {3};
        article.body = u"How enterprise AI pays, says OpenAI. Bristol lags; the enterprise waits."_s;
        details.setStoryTextSource([&article] { return article.headline + u'\n' + article.body; });
        details.setArticle(article);
        QSignalSpy edited(&details, &ArticleDetails::edited);
        details.setExpanded(true);

        // OpenAI is the story's already; "AI" alone is no tag here; "Enterprise AI" matches across case.
        QTRY_COMPARE(suggested(details), (QStringList{u"Enterprise AI"_s, u"Bristol"_s}));
        suggestion(details, u"Enterprise AI"_s)->click();
        QCOMPARE(applied(details).tagIds, (QList<qint64>{3, 20}));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(suggested(details), QStringList{u"Bristol"_s});
        QTest::qWait(800); // the next look must not bring it back
        QCOMPARE(suggested(details), QStringList{u"Bristol"_s});
    }

    void suggestionsWaitForTheDetailsAndFollowTheStory()
    {
        ArticleDetails details;
        details.setVocabulary(sections(), authors(), tags() + storyTags(), publication());
        QString text = u"Nothing to see."_s;
        details.setStoryTextSource([&text] { return text; });
        details.setArticle(sample());
        text = u"A day in Bristol."_s;
        details.storyEdited();
        QTest::qWait(800);
        QVERIFY(suggested(details).isEmpty()); // collapsed: not looked at
        details.setExpanded(true);
        QTRY_COMPARE(suggested(details), QStringList{u"Bristol"_s});
        text = u"Bristolians only."_s; // whole words: no Bristol
        details.storyEdited();
        QTRY_VERIFY(suggested(details).isEmpty());
        QVERIFY(field<QWidget>(details, "tagSuggestions")->isHidden());
    }

private:
    static QList<Tag> storyTags()
    {
        return {{20, u"Enterprise AI"_s, u"enterprise-ai"_s, TagKind::Topic},
                {21, u"Bristol"_s, u"bristol"_s, TagKind::Place}};
    }
    static QList<QToolButton *> suggestionButtons(ArticleDetails &details)
    {
        QList<QToolButton *> buttons;
        for (const auto items = field<QWidget>(details, "tagSuggestions")->findChildren<QToolButton *>();
             QToolButton * button : items) {
            if (!button->isHidden())
                buttons.append(button);
        }
        return buttons;
    }
    static QStringList suggested(ArticleDetails &details)
    {
        QStringList names;
        for (const auto items = suggestionButtons(details); const QToolButton *button : items)
            names.append(button->text());
        return names;
    }
    static QToolButton *suggestion(ArticleDetails &details, const QString &name)
    {
        for (const auto items = suggestionButtons(details); QToolButton * button : items) {
            if (button->text() == name)
                return button;
        }
        qFatal("no suggestion %s", qPrintable(name));
    }
    static QList<Section> sections()
    {
        return {{1, QStringLiteral("Business"), QStringLiteral("business"), 0},
                {2, QStringLiteral("Technology"), QStringLiteral("technology"), 1}};
    }
    static QList<Author> authors()
    {
        return {{10, QStringLiteral("Ana Ruiz"), QStringLiteral("Covers the port")},
                {11, QStringLiteral("Ben Okafor"), QStringLiteral("Data reporter")}};
    }
    static QList<Tag> tags()
    {
        return {{3, QStringLiteral("OpenAI"), QStringLiteral("openai"), TagKind::Organisation},
                {4, QStringLiteral("Climate"), QStringLiteral("climate"), TagKind::Topic}};
    }
    static Publication publication()
    {
        Publication p;
        p.homeCity = QStringLiteral("Wellington");
        p.locale = QStringLiteral("en_NZ");
        p.timeZone = QStringLiteral("Pacific/Auckland");
        return p;
    }
    static Article sample()
    {
        Article article;
        article.id = 7;
        article.slug = QStringLiteral("harbour-fees");
        article.headline = QStringLiteral("Harbour fees rise");
        article.body = QStringLiteral("First paragraph.");
        article.tagIds = {3, 4};
        return article;
    }
    static Article full()
    {
        Article article = sample();
        article.slug = QStringLiteral("fees-by-hand");
        article.slugAuto = false;
        article.sectionId = 2;
        article.authorIds = {11, 10};
        article.dateline = QStringLiteral("Napier");
        article.scheduled = QDateTime(QDate(2025, 7, 1), QTime(20, 0), QTimeZone::UTC);
        article.hero = HeroImage{12, QStringLiteral("image/jpeg"), QStringLiteral("A tug"), QStringLiteral("Caption"),
                                 QStringLiteral("Credit")};
        article.attribution = QStringLiteral("First reported by the Post.");
        article.sourceUrl = QStringLiteral("https://example.org/fees");
        article.notes = QStringLiteral("Legal has seen it.");
        return article;
    }
    static QByteArray png(Qt::GlobalColor colour)
    {
        QImage image(32, 20, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }
    static Article applied(const ArticleDetails &details)
    {
        Article article;
        details.applyTo(article);
        return article;
    }
    static qint64 sectionOf(const ArticleDetails &details) { return applied(details).sectionId; }
    static QDateTime scheduledOf(const ArticleDetails &details) { return applied(details).scheduled; }
    static std::optional<HeroImage> heroOf(const ArticleDetails &details) { return applied(details).hero; }
    static QString slugOf(const ArticleDetails &details) { return applied(details).slug; }
    template<typename Widget> static Widget *field(ArticleDetails &details, const char *name)
    {
        auto *widget = details.findChild<Widget *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }
};

QTEST_MAIN(ArticleDetailsTest)
#include "tst_articledetails.moc"
