// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorservices.h"

#include "articleform.h"
#include "authorrepository.h"
#include "database.h"
#include "dictionaryrepository.h"
#include "formattingactions.h"
#include "heroimagefield.h"
#include "imagerepository.h"
#include "markdownedit.h"
#include "publicationrepository.h"
#include "sectionrepository.h"
#include "spellchecker.h"
#include "tagrepository.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(lcServices, "copydesk.editor.services")

namespace {
QString imageFilter()
{
    return QObject::tr("Images (*.png *.jpg *.jpeg *.gif *.webp)");
}
} // namespace

EditorServices::EditorServices(Database &db, ArticleForm *form, FormattingActions *formatting, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_form(form)
    , m_formatting(formatting)
    , m_window(window)
    , m_spelling(new SpellChecker(this))
{
    connect(form, &ArticleForm::createTagRequested, this, &EditorServices::createTag);
    connect(form, &ArticleForm::chooseHeroImageRequested, this, &EditorServices::chooseHeroImage);
    connect(form, &ArticleForm::heroImageRejected, this,
            [this](const QString &message) { warn(tr("That file cannot be the hero image."), message); });
    connect(form->body(), &MarkdownEdit::pasteRefused, this,
            [this](const QString &message) { warn(tr("Nothing was pasted."), message); });
    connect(formatting, &FormattingActions::imageRequested, this, &EditorServices::insertInlineImage);
    connect(m_spelling, &SpellChecker::wordAdded, this, [this](const QString &language, const QString &word) {
        if (auto stored = DictionaryRepository(m_db).add(language, word); !stored)
            warn(tr("The word was added for now, but could not be kept for next time."), stored.error().message);
    });
    reloadVocabulary();
}

void EditorServices::reloadVocabulary()
{
    auto sections = SectionRepository(m_db).list();
    auto authors = AuthorRepository(m_db).list();
    auto tags = TagRepository(m_db).list();
    auto publication = PublicationRepository(m_db).load();
    for (const StorageError *e : {sections ? nullptr : &sections.error(), authors ? nullptr : &authors.error(),
                                  tags ? nullptr : &tags.error(), publication ? nullptr : &publication.error()}) {
        if (e)
            qCWarning(lcServices) << "could not read the vocabulary:" << e->toLogString();
    }
    const Publication desk = publication ? publication.value() : Publication{};
    m_sections = sections ? sections.value() : QList<Section>{};
    m_authors = authors ? authors.value() : QList<Author>{};
    m_tags = tags ? tags.value() : QList<Tag>{};
    m_publication = desk;
    m_form->setVocabulary(m_sections, m_authors, m_tags, desk);
    // Completion puts the tags the desk uses most first.
    if (auto uses = TagRepository(m_db).useCounts())
        m_form->setTagUses(uses.value());
    else
        qCWarning(lcServices) << "could not count tag uses:" << uses.error().toLogString();
    if (desk.locale != m_spellingLocale)
        setUpSpelling(desk.locale);
}

RenderInput EditorServices::renderInput(const Article &article) const
{
    RenderInput input;
    input.article = article;
    input.publication = m_publication;
    for (const Section &section : m_sections) {
        if (section.id == article.sectionId)
            input.sectionName = section.name;
    }
    for (qint64 id : article.authorIds) {
        for (const Author &author : m_authors) {
            if (author.id == id)
                input.authors.append(author);
        }
    }
    for (qint64 id : article.tagIds) {
        for (const Tag &tag : m_tags) {
            if (tag.id == id)
                input.tagNames.append(tag.name);
        }
    }
    return input;
}

std::optional<QByteArray> EditorServices::imageOfCurrentStory(qint64 imageId) const
{
    ImageRepository images(m_db);
    const auto info = images.info(imageId);
    if (!info || info->articleId != m_articleId)
        return std::nullopt;
    auto bytes = images.data(imageId);
    if (!bytes)
        return std::nullopt;
    return bytes.value();
}

void EditorServices::setUpSpelling(const QString &locale)
{
    m_spellingLocale = locale;
    if (!m_spelling->setLanguage(locale)) {
        // Not worth a dialog: writing goes on without underlines.
        qCWarning(lcServices) << "no spelling dictionary for" << locale << ":" << m_spelling->errorString();
        m_form->body()->setSpellChecker(nullptr);
        return;
    }
    if (auto words = DictionaryRepository(m_db).words(m_spelling->language()))
        m_spelling->addWords(words.value());
    else
        qCWarning(lcServices) << "could not read the desk's dictionary:" << words.error().toLogString();
    m_form->body()->setSpellChecker(m_spelling);
}

void EditorServices::loadHeroPreview(qint64 articleId, qint64 imageId)
{
    m_articleId = articleId;
    if (imageId == 0)
        return;
    if (auto bytes = ImageRepository(m_db).data(imageId))
        m_form->setHeroImagePreview(bytes.value());
    else
        qCWarning(lcServices) << "hero image" << imageId << "unreadable:" << bytes.error().toLogString();
}

void EditorServices::createTag(const QString &name)
{
    TagRepository tags(m_db);
    if (auto similar = tags.findSimilar(name); similar && similar.value()) {
        // One "OpenAI", not "Open AI" beside it: the story gets the tag the desk already has.
        const Tag existing = *similar.value();
        const auto use = QMessageBox::question(
            m_window, tr("New Tag"), tr("The desk already has “%1”. Use it instead of “%2”?").arg(existing.name, name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (use == QMessageBox::Yes)
            m_form->addTag(existing);
        return;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("New Tag"), tr("There is no tag “%1” yet. Create it for every story to use?").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    auto tag = tags.add(Tag{0, name, {}, TagKind::Topic});
    if (!tag) {
        warn(tr("The tag could not be created."), tag.error().message);
        return;
    }
    reloadVocabulary();
    m_form->addTag(tag.value());
}

void EditorServices::chooseHeroImage()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Choose the Hero Image"), QString(), imageFilter());
    // The field checks the bytes and says what is wrong with them (heroImageRejected).
    if (const auto data = readFile(path))
        m_form->setHeroImageData(*data, QFileInfo(path).fileName());
}

void EditorServices::insertInlineImage()
{
    if (m_articleId == 0 || m_db.isReadOnly())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Insert Image"), QString(), imageFilter());
    const auto read = readFile(path);
    if (!read)
        return;
    const QByteArray &data = *read;
    QString mimeType;
    if (auto problem = HeroImageField::validateImage(data, &mimeType)) {
        warn(tr("That file cannot be inserted."), *problem);
        return;
    }
    bool ok = false;
    const QString alt =
        QInputDialog::getText(m_window, tr("Insert Image"), tr("Describe the image for readers who cannot see it:"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto id = ImageRepository(m_db).addInline(m_articleId, data, mimeType, QFileInfo(path).fileName());
    if (!id) {
        warn(tr("The image could not be stored with the story."), id.error().message);
        return;
    }
    m_formatting->insertImage(alt, ImageRepository::imageUrl(id.value()));
}

std::optional<QByteArray> EditorServices::readFile(const QString &path)
{
    if (path.isEmpty())
        return std::nullopt; // the dialog was cancelled
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(tr("The image could not be read."), file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

void EditorServices::warn(const QString &what, const QString &why)
{
    qCWarning(lcServices).noquote() << what << why;
    QMessageBox box(QMessageBox::Warning, tr("Copydesk"), what, QMessageBox::Ok, m_window);
    box.setInformativeText(why);
    box.exec();
}
