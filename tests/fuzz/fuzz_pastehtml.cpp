// SPDX-License-Identifier: GPL-3.0-or-later
// Pasted HTML on any bytes: the sanitizer and the HTML → Markdown conversion of a paste.

#include "htmlsanitizer.h"
#include "pasteconverter.h"

#include <QGuiApplication>
#include <QRegularExpression>

#include <cstdint>

// A script element: "<script" ending the tag name. "<script:>" (an unknown element named
// "script:", as an HTML parser reads it) runs nothing.
static bool hasScriptElement(const QString &html)
{
    static const QRegularExpression script(QStringLiteral("<script[\\s/>]|<script$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return html.contains(script);
}

// HTML becomes Markdown through a QTextDocument, whose fonts need a QGuiApplication, as in the app.
extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char *args[] = {(*argv)[0], nullptr};
    static QGuiApplication app(argc, args);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString clean = HtmlSanitizer::sanitizeUtf8(bytes);
    // Whatever came in, nothing that runs script comes out.
    if (hasScriptElement(clean))
        __builtin_trap();
    const PasteResult pasted = PasteConverter::fromHtml(QString::fromUtf8(bytes));
    if (!pasted.error.isEmpty() && !pasted.markdown.isEmpty())
        __builtin_trap(); // a refused paste inserts nothing
    return 0;
}
