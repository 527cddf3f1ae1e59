// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleform.h"
#include "markdownedit.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

class ArticleFormTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingAnArticleIsNotAnEdit()
    {
        ArticleForm form;
        form.setVocabulary(sections(), authors(), tags(), publication());
        QSignalSpy edited(&form, &ArticleForm::edited);
        form.setArticle(sample());
        QCOMPARE(edited.size(), 0);
        QVERIFY(!form.isModified());
        QCOMPARE(form.article(), sample());
        QCOMPARE(field<QLineEdit>(form, "headline")->text(), sample().headline);
        QCOMPARE(field<QLineEdit>(form, "dek")->text(), sample().dek);
        QCOMPARE(field<QPlainTextEdit>(form, "body")->toPlainText(), sample().body);
        QCOMPARE(form.body(), field<QPlainTextEdit>(form, "body"));
    }

    void everyFieldRoundTrips()
    {
        ArticleForm form;
        form.setVocabulary(sections(), authors(), tags(), publication());
        const Article full = fullSample();
        form.setArticle(full);
        QCOMPARE(form.article(), full);
        QVERIFY(!form.isModified());
        // and the same article again through a form that got its lists late
        ArticleForm late;
        late.setArticle(full);
        late.setVocabulary(sections(), authors(), tags(), publication());
        QCOMPARE(late.article(), full);
    }

    void typingInEveryFieldFillsTheArticle()
    {
        ArticleForm form;
        form.setVocabulary(sections(), authors(), tags(), publication());
        Article blank;
        blank.id = 9;
        form.setArticle(blank);
        QSignalSpy edited(&form, &ArticleForm::edited);

        QTest::keyClicks(field<QLineEdit>(form, "headline"), QStringLiteral("Port strike ends"));
        QTest::keyClicks(field<QLineEdit>(form, "dek"), QStringLiteral("Cranes move again."));
        QTest::keyClick(field<QComboBox>(form, "section"), Qt::Key_Down); // No section → Business
        QWidget *bylineInput = chipInput(form, "byline");
        QTest::keyClicks(bylineInput, QStringLiteral("ben"));
        QTest::keyClick(bylineInput, Qt::Key_Return);
        QTest::keyClicks(bylineInput, QStringLiteral("Ana"));
        QTest::keyClick(bylineInput, Qt::Key_Return);
        auto *dateline = field<QLineEdit>(form, "dateline");
        QCOMPARE(dateline->text(), QStringLiteral("Wellington")); // the publication's city by default
        dateline->selectAll();
        QTest::keyClicks(dateline, QStringLiteral("Lyttelton"));
        QTest::keyClick(field<QCheckBox>(form, "scheduleOn"), Qt::Key_Space);
        const QDateTime when(QDate(2025, 6, 2), QTime(8, 0), QTimeZone(QByteArrayLiteral("Pacific/Auckland")));
        field<QDateTimeEdit>(form, "schedule")->setDateTime(when);
        QWidget *tagInput = chipInput(form, "tags");
        QTest::keyClicks(tagInput, QStringLiteral("eur"));
        QTest::keyClick(tagInput, Qt::Key_Return);
        QVERIFY(form.setHeroImageData(png()));
        QTest::keyClicks(field<QLineEdit>(form, "heroAlt"), QStringLiteral("Cranes at dawn"));
        QTest::keyClicks(field<QLineEdit>(form, "heroCaption"), QStringLiteral("The container quay"));
        QTest::keyClicks(field<QLineEdit>(form, "heroCredit"), QStringLiteral("A. Photographer"));
        QTest::keyClicks(field<QLineEdit>(form, "attribution"), QStringLiteral("First reported by the Post."));
        QTest::keyClicks(field<QLineEdit>(form, "sourceUrl"), QStringLiteral("https://example.org/strike"));
        QTest::keyClicks(field<QPlainTextEdit>(form, "notes"), QStringLiteral("Check the union's figure."));
        QTest::keyClicks(field<QPlainTextEdit>(form, "body"), QStringLiteral("The strike is over."));

        QVERIFY(form.isModified());
        QVERIFY(edited.size() > 10);
        const Article got = form.article();
        QCOMPARE(got.headline, QStringLiteral("Port strike ends"));
        QCOMPARE(got.dek, QStringLiteral("Cranes move again."));
        QCOMPARE(got.sectionId, 1);
        QCOMPARE(got.authorIds, (QList<qint64>{11, 10}));
        QCOMPARE(got.dateline, QStringLiteral("Lyttelton"));
        QCOMPARE(got.slug, QStringLiteral("port-strike-ends"));
        QVERIFY(got.slugAuto);
        QCOMPARE(got.scheduled, when);
        QCOMPARE(got.scheduled.timeSpec(), Qt::UTC);
        QCOMPARE(got.tagIds, QList<qint64>{2});
        QVERIFY(got.hero);
        QCOMPARE(got.hero->mimeType, QStringLiteral("image/png"));
        QCOMPARE(got.hero->altText, QStringLiteral("Cranes at dawn"));
        QCOMPARE(got.hero->caption, QStringLiteral("The container quay"));
        QCOMPARE(got.hero->credit, QStringLiteral("A. Photographer"));
        QCOMPARE(got.attribution, QStringLiteral("First reported by the Post."));
        QCOMPARE(got.sourceUrl, QStringLiteral("https://example.org/strike"));
        QCOMPARE(got.notes, QStringLiteral("Check the union's figure."));
        QCOMPARE(got.body, QStringLiteral("The strike is over."));
        QCOMPARE(form.pendingHeroImage(), std::optional<QByteArray>(png()));

        // What the form returns, it shows again unchanged.
        ArticleForm again;
        again.setVocabulary(sections(), authors(), tags(), publication());
        again.setArticle(got);
        QCOMPARE(again.article(), got);
    }

    void countersWarnPastTheSoftLimits_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("warning");
        QTest::newRow("headline at 70") << QByteArray("headline") << 70 << QStringLiteral("70 / 70") << false;
        QTest::newRow("headline at 71") << QByteArray("headline") << 71 << QStringLiteral("71 / 70") << true;
        QTest::newRow("dek at 200") << QByteArray("dek") << 200 << QStringLiteral("200 / 200") << false;
        QTest::newRow("dek at 201") << QByteArray("dek") << 201 << QStringLiteral("201 / 200") << true;
    }
    void countersWarnPastTheSoftLimits()
    {
        QFETCH(QByteArray, name);
        QFETCH(int, length);
        QFETCH(QString, text);
        QFETCH(bool, warning);
        ArticleForm form;
        auto *edit = form.findChild<QLineEdit *>(QLatin1StringView(name));
        auto *counter = form.findChild<QLabel *>(QLatin1StringView(name + "Counter"));
        QTest::keyClicks(edit, QString(length - 1, u'a'));
        QVERIFY(!counter->property("warning").toBool());
        QTest::keyClick(edit, Qt::Key_B);
        QCOMPARE(counter->text(), text);
        QCOMPARE(counter->property("warning").toBool(), warning);
        QCOMPARE(counter->accessibleDescription().contains(QStringLiteral("over")), warning);
    }

    void theHeadlineStopsAt200CharactersNotUtf16Units()
    {
        ArticleForm form;
        auto *headline = field<QLineEdit>(form, "headline");
        QString emoji;
        for (int i = 0; i < 210; ++i)
            emoji += QStringLiteral("🚢");
        typeText(headline, emoji);
        QCOMPARE(headline->text().size(), 400); // 200 ships, two UTF-16 units each
        QCOMPARE(field<QLabel>(form, "headlineCounter")->text(), QStringLiteral("200 / 70"));

        headline->clear();
        QTest::keyClicks(headline, QString(205, u'x'));
        QCOMPARE(headline->text().size(), 200);
    }

    void theSlugFollowsTheHeadlineUntilEditedByHand()
    {
        ArticleForm form;
        form.setArticle(Article{});
        auto *headline = field<QLineEdit>(form, "headline");
        auto *slug = field<QLineEdit>(form, "slug");
        auto *reset = field<QToolButton>(form, "slugReset");
        typeText(headline, QStringLiteral("Москва: Ça déménage"));
        QCOMPARE(slug->text(), QStringLiteral("moskva-ca-demenage"));
        QVERIFY(reset->isHidden());

        slug->end(false);
        QTest::keyClicks(slug, QStringLiteral(" Now"));
        QCOMPARE(slug->text(), QStringLiteral("moskva-ca-demenage-now")); // kept to what a web address allows
        QVERIFY(!form.article().slugAuto);
        QVERIFY(!reset->isHidden());
        QTest::keyClicks(headline, QStringLiteral(" again"));
        QCOMPARE(slug->text(), QStringLiteral("moskva-ca-demenage-now"));

        reset->click();
        QVERIFY(form.article().slugAuto);
        QCOMPARE(slug->text(), QStringLiteral("moskva-ca-demenage-again"));
    }

    void aPublishedStoryKeepsItsSlug()
    {
        ArticleForm form;
        Article published = sample();
        published.published = QDateTime(QDate(2025, 1, 2), QTime(3, 4), QTimeZone::UTC);
        form.setArticle(published);
        auto *slug = field<QLineEdit>(form, "slug");
        QVERIFY(slug->isReadOnly());
        QVERIFY(!slug->toolTip().isEmpty());
        QTest::keyClicks(field<QLineEdit>(form, "headline"), QStringLiteral("Updated "));
        QCOMPARE(form.article().slug, sample().slug);
    }

    void markSavedTakesTheStoredSlug()
    {
        ArticleForm form;
        form.setArticle(sample());
        QTest::keyClicks(field<QLineEdit>(form, "dek"), QStringLiteral("!"));
        Article stored = form.article();
        stored.slug = QStringLiteral("stored-slug");
        form.markSaved(stored);
        QVERIFY(!form.isModified());
        QCOMPARE(form.article().slug, QStringLiteral("stored-slug"));
        QCOMPARE(form.article().dek, u'!' + sample().dek); // the cursor starts at the beginning
    }

    void aWrittenStoryKeepsAnEmptyDateline()
    {
        ArticleForm form;
        form.setVocabulary(sections(), authors(), tags(), publication());
        form.setArticle(sample()); // has words, no dateline
        QVERIFY(form.article().dateline.isEmpty());
        QCOMPARE(field<QLineEdit>(form, "dateline")->placeholderText(), QStringLiteral("Wellington"));
    }

    void theScheduleIsShownInThePublicationsZoneAndStoredInUtc()
    {
        ArticleForm form;
        form.setVocabulary(sections(), authors(), tags(), publication());
        Article article = sample();
        article.scheduled = QDateTime(QDate(2025, 5, 1), QTime(21, 30), QTimeZone::UTC);
        form.setArticle(article);
        auto *edit = field<QDateTimeEdit>(form, "schedule");
        QCOMPARE(edit->dateTime().date(), QDate(2025, 5, 2)); // NZST is UTC+12
        QCOMPARE(edit->dateTime().time(), QTime(9, 30));
        QCOMPARE(field<QLabel>(form, "scheduleTimeZone")->text(), QStringLiteral("Pacific/Auckland"));
        QCOMPARE(form.article().scheduled, article.scheduled);

        QTest::keyClick(field<QCheckBox>(form, "scheduleOn"), Qt::Key_Space);
        QVERIFY(!form.article().scheduled.isValid());
        QVERIFY(!edit->isEnabled());
        QVERIFY(form.isModified());
    }

    void anUnknownTagIsHandedToTheApp()
    {
        ArticleForm form;
        form.setVocabulary(sections(), authors(), tags(), publication());
        form.setArticle(sample());
        QSignalSpy create(&form, &ArticleForm::createTagRequested);
        QWidget *input = chipInput(form, "tags");
        QTest::keyClicks(input, QStringLiteral("Shipping"));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(create.size(), 1);
        QCOMPARE(create.first().first().toString(), QStringLiteral("Shipping"));
        QCOMPARE(form.article().tagIds, sample().tagIds);

        QSignalSpy edited(&form, &ArticleForm::edited);
        form.addTag(Tag{5, QStringLiteral("Shipping"), QStringLiteral("shipping"), TagKind::Topic});
        QCOMPARE(form.article().tagIds, (QList<qint64>{3, 4, 5}));
        QVERIFY(form.isModified());
        QCOMPARE(edited.size(), 1);
    }

    void theBylineShowsEachAuthorsBio()
    {
        ArticleForm form;
        form.setVocabulary(sections(), authors(), tags(), publication());
        Article article = sample();
        article.authorIds = {10, 11};
        form.setArticle(article);
        const QString bios = field<QLabel>(form, "bylineBios")->text();
        QVERIFY2(bios.contains(QStringLiteral("Covers the port")), qPrintable(bios));
        QVERIFY2(bios.contains(QStringLiteral("Data reporter")), qPrintable(bios));
        QTest::keyClick(chipInput(form, "byline"), Qt::Key_Backspace);
        QCOMPARE(form.article().authorIds, QList<qint64>{10});
        QVERIFY(!field<QLabel>(form, "bylineBios")->text().contains(QStringLiteral("Data reporter")));
    }

    void theHeroImageIsCheckedAndPendingUntilSaved()
    {
        ArticleForm form;
        form.setArticle(sample());
        QSignalSpy rejected(&form, &ArticleForm::heroImageRejected);
        QVERIFY(!form.setHeroImageData("GIF89a but not really", QStringLiteral("fake.gif")));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!form.pendingHeroImage());
        QVERIFY(!form.article().hero);
        QVERIFY(!form.isModified());

        QVERIFY(form.setHeroImageData(png(), QStringLiteral("quay.png")));
        QVERIFY(form.isModified());
        QCOMPARE(form.article().hero->imageId, 0);
        Article stored = form.article();
        stored.hero->imageId = 31;
        form.markSaved(stored);
        QVERIFY(!form.pendingHeroImage());
        QCOMPARE(form.article().hero->imageId, 31);
    }

    void aSourceUrlThatIsNotAWebAddressIsFlaggedButKept()
    {
        ArticleForm form;
        auto *url = field<QLineEdit>(form, "sourceUrl");
        auto *warning = field<QLabel>(form, "sourceUrlWarning");
        QTest::keyClicks(url, QStringLiteral("ftp://example.org/x"));
        QVERIFY(!warning->isHidden());
        QCOMPARE(form.article().sourceUrl, QStringLiteral("ftp://example.org/x"));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://example.org/x"));
        QVERIFY(warning->isHidden());
    }

    void ctrlZUndoesTypingInTheFocusedField_data()
    {
        QTest::addColumn<QByteArray>("name");
        for (const char *name : {"headline", "dek", "dateline", "attribution", "sourceUrl", "slug", "notes", "body"})
            QTest::newRow(name) << QByteArray(name);
    }
    void ctrlZUndoesTypingInTheFocusedField()
    {
        QFETCH(QByteArray, name);
        ArticleForm form;
        form.setArticle(fullSample());
        QWidget *widget = form.findChild<QWidget *>(QLatin1StringView(name));
        QVERIFY(widget);
        QTest::keyClicks(widget, QStringLiteral("xyz"));
        QVERIFY(form.article() != fullSample());
        QTest::keyClick(widget, Qt::Key_Z, Qt::ControlModifier);
        Article expected = fullSample();
        expected.slugAuto = form.article().slugAuto; // typing in the slug makes it hand-set
        QCOMPARE(form.article(), expected);
        QTest::keyClick(widget, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(form.article() != fullSample());
    }

    void theFormsUndoStackTakesBackSectionAndHeroChanges()
    {
        ArticleForm form;
        form.setVocabulary(sections(), authors(), tags(), publication());
        form.setArticle(fullSample());
        QTest::keyClick(field<QComboBox>(form, "section"), Qt::Key_Up);
        QVERIFY(form.setHeroImageData(png()));
        QCOMPARE(form.undoStack()->count(), 2);
        form.undoStack()->undo();
        form.undoStack()->undo();
        QCOMPARE(form.article(), fullSample());
        QVERIFY(!form.pendingHeroImage());
        QVERIFY(form.isModified());
    }

    void theDetailsCollapseToASummary()
    {
        ArticleForm form;
        form.setVocabulary(sections(), authors(), tags(), publication());
        form.setArticle(fullSample());
        QVERIFY(!form.detailsExpanded());
        QVERIFY(field<QWidget>(form, "details")->isHidden());
        const QString summary = field<QLabel>(form, "detailsSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("Technology")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Ana Ruiz")), qPrintable(summary));
        field<QToolButton>(form, "detailsToggle")->click();
        QVERIFY(form.detailsExpanded());
        QVERIFY(!field<QWidget>(form, "details")->isHidden());
    }

    void aReadOnlyFormTakesNoTyping()
    {
        ArticleForm form;
        form.setVocabulary(sections(), authors(), tags(), publication());
        form.setArticle(fullSample());
        form.setReadOnly(true);
        QSignalSpy edited(&form, &ArticleForm::edited);
        for (const char *name : {"headline", "dek", "dateline", "slug", "attribution", "sourceUrl", "notes", "body"})
            QTest::keyClicks(field<QWidget>(form, name), QStringLiteral("x"));
        QTest::keyClick(chipInput(form, "tags"), Qt::Key_Backspace);
        QTest::keyClick(chipInput(form, "byline"), Qt::Key_Backspace);
        QVERIFY(!field<QComboBox>(form, "section")->isEnabled());
        QCOMPARE(edited.size(), 0);
        QCOMPARE(form.article(), fullSample());
    }

    void fieldsAreNamedAndLabelled()
    {
        ArticleForm form;
        for (const char *name :
             {"headline", "dek", "body", "section", "dateline", "slug", "schedule", "attribution", "sourceUrl", "notes",
              "heroThumbnail", "heroAlt", "heroCaption", "heroCredit", "headlineCounter", "dekCounter"}) {
            QWidget *widget = form.findChild<QWidget *>(QLatin1StringView(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        QCOMPARE(chipInput(form, "tags")->accessibleName(), QStringLiteral("Tags"));
        QCOMPARE(chipInput(form, "byline")->accessibleName(), QStringLiteral("Byline"));
        // Every label with a mnemonic leads somewhere.
        const auto labels = form.findChildren<QLabel *>();
        int buddies = 0;
        for (QLabel *label : labels) {
            if (label->text().contains(u'&')) {
                QVERIFY2(label->buddy(), qPrintable(label->text()));
                ++buddies;
            }
        }
        QVERIFY(buddies >= 14);
    }

    void typingATagsNameInTheBodySuggestsIt()
    {
        ArticleForm form;
        form.setVocabulary(sections(), authors(), tags(), publication());
        form.setArticle(sample());
        form.setDetailsExpanded(true);
        QTest::keyClicks(form.body(), QStringLiteral("Europe and OpenAI agree."));
        auto *bar = field<QWidget>(form, "tagSuggestions");
        // OpenAI is the story's already.
        QTRY_COMPARE(bar->findChildren<QToolButton *>().size(), 1);
        QToolButton *europe = bar->findChildren<QToolButton *>().constFirst();
        QCOMPARE(europe->text(), QStringLiteral("Europe"));
        europe->click();
        QCOMPARE(form.article().tagIds, (QList<qint64>{3, 4, 2}));
        QVERIFY(form.isModified());
    }

    void focusBodyPutsTheCursorInTheBody()
    {
        ArticleForm form;
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.activateWindow();
        form.focusBody();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(form.body()));
        form.focusHeadline();
        QTRY_COMPARE(QApplication::focusWidget(), field<QWidget>(form, "headline"));
    }

private:
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
                {4, QStringLiteral("Climate"), QStringLiteral("climate"), TagKind::Topic},
                {2, QStringLiteral("Europe"), QStringLiteral("europe"), TagKind::Place}};
    }
    static Publication publication()
    {
        Publication p;
        p.name = QStringLiteral("The Harbour Post");
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
        article.dek = QStringLiteral("Ships pay more from May.");
        article.body = QStringLiteral("First paragraph.\n\n## Subhead\n\nSecond.");
        article.tagIds = {3, 4};
        article.status = ArticleStatus::InReview;
        return article;
    }
    static Article fullSample()
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
        article.dekWaived = true;
        article.created = QDateTime(QDate(2025, 1, 1), QTime(1, 0), QTimeZone::UTC);
        return article;
    }
    static QByteArray png()
    {
        QImage image(32, 20, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }
    // keyClicks only sends Latin-1; a key event carrying the text types any script.
    static void typeText(QWidget *widget, const QString &text)
    {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text);
        QCoreApplication::sendEvent(widget, &press);
    }
    static QWidget *chipInput(ArticleForm &form, const char *name)
    {
        return form.findChild<QWidget *>(QLatin1StringView(name))->findChild<QWidget *>(QStringLiteral("chipInput"));
    }
    template<typename Widget> static Widget *field(ArticleForm &form, const char *name)
    {
        auto *widget = form.findChild<Widget *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }
};

QTEST_MAIN(ArticleFormTest)
#include "tst_articleform.moc"
