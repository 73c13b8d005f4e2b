import Foundation
public import LeniencyCore

/// The formats `leniency publish` writes.
public enum PublishFormat: String, Sendable, CaseIterable {
    /// A printable page (A4 landscape), self-contained: inline CSS, system CJK fonts, nothing loaded from the network.
    case html
    /// A Markdown document (for a repository or a website).
    case markdown
    /// The table as CSV for spreadsheets: UTF-8 with a byte order mark, CRLF rows.
    case csv

    /// The file extension.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        case .csv: "csv"
        }
    }
}

/// Renders published lists.
public enum PublishedListRenderer {
    /// Several lists in one document (HTML: one page, a page break between lists; Markdown: one section each; CSV: one
    /// table each, separated by a blank line).
    public static func render(_ lists: [PublishedList], format: PublishFormat) -> String {
        switch format {
        case .html: html(lists)
        case .markdown: lists.map(markdown).joined(separator: "\n---\n\n")
        case .csv: lists.map(csv).joined(separator: "\r\n")
        }
    }

    // MARK: HTML

    /// Serif for the text (宋体 as printed lists use it), sans-serif for headings; every font is a system font, with
    /// the free Noto/Source Han families first (Debian `fonts-noto-cjk`), then those of Windows and macOS.
    static let bodyFonts = "\"Noto Serif CJK SC\", \"Source Han Serif SC\", \"Songti SC\", \"SimSun\", \"STSong\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", serif"
    static let headingFonts = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", \"SimHei\", \"WenQuanYi Micro Hei\", sans-serif"

    static let css = """
    @page { size: A4 landscape; margin: 12mm 14mm; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { font-family: \(bodyFonts); font-size: 10.5pt; line-height: 1.5; color: #000; background: #fff; margin: 12mm auto; max-width: 269mm; }
    section.list + section.list { break-before: page; page-break-before: always; }
    .document-number { text-align: center; margin: 0 0 4pt; }
    h1 { font-family: \(headingFonts); font-size: 16pt; text-align: center; margin: 0 0 4pt; }
    .kind { text-align: center; margin: 0 0 8pt; }
    .meta { margin: 0 0 8pt; padding: 0; list-style: none; }
    .meta li { display: inline; }
    .meta li + li::before { content: "　"; }
    table { width: 100%; border-collapse: collapse; table-layout: fixed; }
    col.number { width: 5%; } col.violation { width: 19%; } col.basis { width: 22%; } col.conditions { width: 34%; } col.treatment { width: 20%; }
    th, td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
    th { font-family: \(headingFonts); font-weight: bold; text-align: center; background: #f2f2f2; }
    td.number { text-align: center; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    td p { margin: 0; }
    td p + p { margin-top: 2pt; }
    .unverified { font-size: 9pt; }
    footer { margin-top: 8pt; font-size: 9pt; }
    footer p { margin: 2pt 0; }
    """

    static func html(_ lists: [PublishedList]) -> String {
        let language = lists.first?.language ?? .zh
        let title = lists.count == 1 ? lists[0].title : lists.map(\.title).joined(separator: " · ")
        var out = """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>

        """
        for list in lists { out += section(list) }
        out += "</body>\n</html>\n"
        return out
    }

    private static func section(_ list: PublishedList) -> String {
        var out = "<section class=\"list\" id=\"\(escape(list.stem))\" data-list=\"\(escape(list.id))\" data-effective=\"\(list.effective)\">\n"
        if !list.document.isEmpty { out += "<p class=\"document-number\">\(escape(list.document))</p>\n" }
        out += "<h1>\(escape(list.title))</h1>\n<p class=\"kind\">\(escape(list.kind))</p>\n<ul class=\"meta\">\n"
        for line in list.meta { out += "<li>\(escape(line))</li>\n" }
        out += "</ul>\n<table class=\"published\">\n<colgroup><col class=\"number\"><col class=\"violation\"><col class=\"basis\"><col class=\"conditions\"><col class=\"treatment\"></colgroup>\n<thead><tr>"
        for column in list.columns { out += "<th>\(escape(column))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in list.rows {
            out += "<tr data-item=\"\(escape(row.itemID))\"><td class=\"number\">\(row.number)\(row.unverified ? "<span class=\"unverified\">※</span>" : "")</td>"
            out += "<td>\(escape(row.violation))</td>"
            out += "<td>\(paragraphs(row.basis))</td>"
            out += "<td>\(paragraphs(row.conditions + row.exceptions))</td>"
            out += "<td>\(paragraphs(row.treatment))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<footer>\n"
        for line in list.footer { out += "<p>\(escape(line))</p>\n" }
        out += "</footer>\n</section>\n"
        return out
    }

    private static func paragraphs(_ lines: [String]) -> String {
        lines.map { "<p>\(escape($0))</p>" }.joined()
    }

    /// Text escaped for HTML element content and attribute values.
    static func escape(_ text: String) -> String { AuditHTMLRenderer.escape(text) }

    // MARK: Markdown

    static func markdown(_ list: PublishedList) -> String {
        var out = "# \(inline(list.title))\n\n"
        if !list.document.isEmpty { out += "\(inline(list.document))\n\n" }
        out += "**\(inline(list.kind))**\n\n"
        out += list.meta.map { "- \(inline($0))" }.joined(separator: "\n") + "\n\n"
        out += "| " + list.columns.map(inline).joined(separator: " | ") + " |\n"
        out += "|---:|---|---|---|---|\n"
        for row in list.rows {
            let cells = ["\(row.number)\(row.unverified ? "※" : "")", inline(row.violation), lines(row.basis),
                         lines(row.conditions + row.exceptions), lines(row.treatment)]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        // Footer lines are prose, not table cells: backquoted commands stay code.
        out += "\n" + list.footer.map(MarkdownText.keepingCode).joined(separator: "\n\n") + "\n"
        return out
    }

    private static func lines(_ lines: [String]) -> String { lines.map(inline).joined(separator: "<br>") }

    static func inline(_ text: String) -> String { MarkdownText.escape(text) }

    // MARK: CSV

    /// Through the project's one CSV writer: byte order mark, RFC 4180 quoting, CRLF rows, formula injection neutralised.
    static func csv(_ list: PublishedList) -> String {
        var writer = CSVWriter(header: list.columns)
        for row in list.rows {
            writer.append([.integer(row.number), .text(row.violation), .text(row.basis.joined(separator: "\n")),
                           .text((row.conditions + row.exceptions).joined(separator: "\n")), .text(row.treatment.joined(separator: "\n"))])
        }
        return writer.text
    }
}

/// The index of a folder of published lists.
public enum PublishedIndex {
    /// A Markdown table: title, 文号, dates, and a link to each format; says which command wrote the folder.
    public static func markdown(_ lists: [PublishedList], formats: [PublishFormat], command: String, language: Language) -> String {
        func say(_ id: MessageID, _ arguments: any MessageArgumentConvertible...) -> String {
            Message(id, arguments: arguments.map(\.messageArgument)).rendered(language)
        }
        var out = "# \(say(.publishIndexTitle))\n\n\(say(.publishIndexIntro, command))\n\n"
        out += "| " + [MessageID.publishColumnNumber, .publishColumnList, .publishColumnDocument, .publishColumnEffective, .publishColumnFiles]
            .map { say($0) }.joined(separator: " | ") + " |\n"
        out += "|---:|---|---|---|---|\n"
        for (index, list) in lists.enumerated() {
            let links = formats.map { "[\($0.rawValue)](\(list.stem).\($0.fileExtension))" }.joined(separator: " · ")
            out += "| \(index + 1) | \(PublishedListRenderer.inline(list.title)) | \(PublishedListRenderer.inline(list.document)) | \(list.effective) | \(links) |\n"
        }
        return out
    }
}

/// Text written into Markdown (published lists, diff comments).
enum MarkdownText {
    /// Text whose backquoted parts stay code and whose other parts are escaped.
    static func keepingCode(_ text: String) -> String {
        var out = ""
        var code = false
        for part in text.split(separator: "`", omittingEmptySubsequences: false) {
            out += code ? "`\(part)`" : escape(String(part))
            code.toggle()
        }
        return out
    }

    /// Text safe in a paragraph or a table cell: `|`, `\`, `*`, `_`, `[`, `]`, `#` and backquotes escaped, `<` and `>`
    /// as entities, line breaks as spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\n", "\r": out.append(" ")
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if "\\|*_`[]#".contains(c) { out.append("\\") }
                out.append(c)
            }
        }
        return out
    }
}
