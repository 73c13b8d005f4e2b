import LeniencyAudit
import LeniencyCore

/// One self-contained HTML page (inline CSS, JS and SVG; no network): summary, bar charts and a filterable table.
///
/// The findings and statistics are embedded as JSON in `<script type="application/json" id="audit-data">`; the page's
/// script fills the key numbers (`#total-findings`, `#error-count`, …) and the table from it, while the server-side
/// numbers sit in `data-*` attributes of `#key-numbers`, so a test can check that both agree. Words are in the report's
/// language; Chinese text uses a CJK font stack, and the script says so on the page (and in `data-cjk-glyphs` on
/// `<html>`) when the machine has no font that draws Chinese characters.
enum AuditHTMLRenderer {
    static func render(_ report: AuditReport, language: Language = .en) -> String {
        func say(_ id: MessageID, _ arguments: any MessageArgumentConvertible...) -> String {
            escape(Message(id, arguments: arguments.map(\.messageArgument)).rendered(language))
        }
        let s = report.statistics
        let data = "{\"summary\":\(AuditJSON.statistics(s, html: true, language: language)),\"findings\":["
            + report.findings.map { AuditJSON.finding($0, html: true, language: language) }.joined(separator: ",\n") + "]}"
        let codeBars = AuditCode.allCases.compactMap { code in
            s.findingsByCode[code.rawValue].map { ("\(code.rawValue) \(code.titleMessage.rendered(language))", $0) }
        }
        let agencyBars = AuditSummaryRenderer.sortedByCount(s.findingsByAgency).prefix(20).map { ($0.0, $0.1) }
        let monthBars = s.findingsByMonth.keys.sorted().map { ($0, s.findingsByMonth[$0] ?? 0) }
        let quietBars = s.quietDayInspectionsByMonth.keys.sorted().map { ($0, s.quietDayInspectionsByMonth[$0] ?? 0) }
        let period = AuditSummaryRenderer.period(report).rendered(language)
        let none = say(.htmlChartNone)

        var html = """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(say(.htmlTitle))</title>
        <style>\(css)</style>
        </head>
        <body>
        <h1>\(say(.htmlTitle))</h1>
        <p id="cjk-font-notice" class="notice" hidden>\(say(.htmlNoCJKFont))</p>
        <p class="meta">\(say(.htmlMeta, period, s.casesAudited, s.casesRead, s.inspectionsAudited, s.inspectionsRead))</p>
        <section id="key-numbers" data-total-findings="\(s.totalFindings)" data-errors="\(s.findingsBySeverity["error"] ?? 0)" data-warnings="\(s.findingsBySeverity["warning"] ?? 0)" data-infos="\(s.findingsBySeverity["info"] ?? 0)" data-cases-audited="\(s.casesAudited)" data-inspections-audited="\(s.inspectionsAudited)" data-exempted="\(s.leniency.exempted)" data-waived="\(s.leniency.waived.yuanString)" data-mitigated="\(s.leniency.mitigated)" data-mitigated-amount="\(s.leniency.mitigatedAmount.yuanString)" data-lightened="\(s.leniency.lightened)" data-no-coercion="\(s.leniency.noCoercion)">
        <div class="card"><span class="n" id="total-findings">…</span><span class="l">\(say(.htmlCardFindings))</span></div>
        <div class="card err"><span class="n" id="error-count">…</span><span class="l">\(say(.htmlCardErrors))</span></div>
        <div class="card warn"><span class="n" id="warning-count">…</span><span class="l">\(say(.htmlCardWarnings))</span></div>
        <div class="card"><span class="n" id="cases-audited">\(s.casesAudited)</span><span class="l">\(say(.htmlCardCases))</span></div>
        <div class="card"><span class="n" id="exempted-count">\(s.leniency.exempted)</span><span class="l">\(say(.htmlCardExempted))</span></div>
        <div class="card"><span class="n" id="waived-amount">\(escape(s.leniency.waived.displayString))</span><span class="l">\(say(.htmlCardWaivedAmount))</span></div>
        <div class="card"><span class="n" id="mitigated-count">\(s.leniency.mitigated)</span><span class="l">\(say(.htmlCardMitigated))</span></div>
        <div class="card"><span class="n" id="mitigated-amount">\(escape(s.leniency.mitigatedAmount.displayString))</span><span class="l">\(say(.htmlCardMitigatedAmount))</span></div>
        <div class="card"><span class="n" id="lightened-count">\(s.leniency.lightened)</span><span class="l">\(say(.htmlCardLightened))</span></div>
        <div class="card"><span class="n" id="no-coercion-count">\(s.leniency.noCoercion)</span><span class="l">\(say(.htmlCardNoCoercion))</span></div>
        </section>
        <p class="note">* \(escape(LeniencyFigures.waivedConvention.rendered(language)))</p>
        <p class="note">** \(escape(LeniencyFigures.mitigatedConvention.rendered(language)))</p>
        \(leniencyTables(s, language: language))
        <section class="charts">
        \(chart(id: "chart-by-code", title: say(.htmlChartByCode), bars: codeBars, empty: none))
        \(chart(id: "chart-by-agency", title: say(.htmlChartByAgency), bars: Array(agencyBars), empty: none))
        \(chart(id: "chart-by-month", title: say(.htmlChartByMonth), bars: monthBars, empty: none))
        \(chart(id: "chart-quiet-days", title: say(.htmlChartQuietDays), bars: quietBars, empty: none))
        </section>
        <section>
        <h2>\(say(.htmlFindingsHeading))</h2>
        <div class="filters">
        <input id="filter-text" type="search" placeholder="\(say(.htmlFilterPlaceholder))" aria-label="\(say(.htmlFilterLabel))">
        <select id="filter-severity" aria-label="\(say(.htmlSeverityLabel))">
        <option value="">\(say(.htmlAllSeverities))</option><option value="error">\(say(.severityError))</option><option value="warning">\(say(.severityWarning))</option><option value="info">\(say(.severityInfo))</option>
        </select>
        <span id="shown-count" data-template="\(say(.htmlShown, "{0}", "{1}"))" data-limited="\(say(.htmlShownLimited, "{0}"))"></span>
        </div>
        <table id="findings" data-error="\(say(.severityError))" data-warning="\(say(.severityWarning))" data-info="\(say(.severityInfo))"><thead><tr><th>\(say(.htmlColumnCode))</th><th>\(say(.htmlColumnSeverity))</th><th class="subject">\(say(.htmlColumnSubject))</th><th>\(say(.htmlColumnAgency))</th><th>\(say(.htmlColumnMessage))</th><th>\(say(.htmlColumnEvidence))</th><th>\(say(.htmlColumnBasis))</th><th>\(say(.htmlColumnLocation))</th></tr></thead>
        <tbody id="findings-body"></tbody></table>
        </section>
        <script type="application/json" id="audit-data">
        """
        html += data
        html += "\n</script>\n<script>\(script)</script>\n</body>\n</html>\n"
        return html
    }

    /// The province's figures per agency, region, month and year, and the fields the files leave out.
    static func leniencyTables(_ s: AuditStatistics, language: Language) -> String {
        func say(_ id: MessageID) -> String { escape(Message(id).rendered(language)) }
        var html = "<section id=\"leniency-figures\"><h2>\(say(.htmlLeniencyHeading))</h2>"
        for dimension in LeniencyDimension.allCases {
            let name = escape(dimension.word.rendered(language))
            html += "<table id=\"leniency-by-\(dimension.rawValue)\" class=\"figures\"><caption>\(name)</caption><thead><tr><th>\(name)</th>"
            for id in [MessageID.figureExemptedCases, .figureWaivedYuan, .figureMitigatedCases, .figureMitigatedYuan, .figureLighterCases, .figureNoCoercionCases] {
                html += "<th>\(say(id))</th>"
            }
            html += "</tr></thead><tbody>"
            for row in s.leniencyBreakdown.rows(dimension) {
                let f = row.figures
                html += "<tr data-key=\"\(escape(row.key))\" data-exempted=\"\(f.exempted)\" data-waived=\"\(f.waived.yuanString)\" "
                html += "data-mitigated=\"\(f.mitigated)\" data-mitigated-amount=\"\(f.mitigatedAmount.yuanString)\" "
                html += "data-lightened=\"\(f.lightened)\" data-no-coercion=\"\(f.noCoercion)\">"
                html += "<td>\(escape(row.key))</td><td>\(f.exempted)</td><td>\(escape(f.waived.displayString))</td><td>\(f.mitigated)</td>"
                html += "<td>\(escape(f.mitigatedAmount.displayString))</td><td>\(f.lightened)</td><td>\(f.noCoercion)</td></tr>"
            }
            html += "</tbody></table>"
        }
        let missing = AuditStatistics.notRecordedGroups.filter { (s.notRecorded[$0] ?? 0) > 0 }
        if !missing.isEmpty {
            html += "<p class=\"note\" id=\"not-recorded\">\(say(.htmlNotRecorded)) "
            html += missing.map { "<span data-group=\"\(escape($0))\" data-count=\"\(s.notRecorded[$0] ?? 0)\">\(escape($0)) \(s.notRecorded[$0] ?? 0)</span>" }
                .joined(separator: " · ")
            html += "</p>"
        }
        return html + "</section>"
    }

    /// A horizontal bar chart as inline SVG that scales to the width of the page (empty state when there is nothing).
    ///
    /// The drawing is laid out on a 1000-unit-wide `viewBox` and shown at 100% of the chart's width; labels keep their
    /// full text in a `<title>` when they are cut.
    static func chart(id: String, title: String, bars: [(String, Int)], empty: String) -> String {
        guard let top = bars.map(\.1).max(), top > 0 else {
            return "<figure id=\"\(id)\" class=\"chart\"><figcaption>\(title)</figcaption><p class=\"empty\">\(empty)</p></figure>"
        }
        let rowHeight = 26, labelWidth = 420, barWidth = 500, width = 1000
        let height = bars.count * rowHeight + 4
        var svg = "<figure id=\"\(id)\" class=\"chart\"><figcaption>\(title)</figcaption>"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"\(title)\">"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 2
            let length = max(1, bar.1 * barWidth / top)
            let label = bar.0.count > 30 ? String(bar.0.prefix(29)) + "…" : bar.0
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 18)\" text-anchor=\"end\">\(escape(label))<title>\(escape(bar.0))</title></text>"
            svg += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"\(rowHeight - 8)\" data-label=\"\(escape(bar.0))\" data-value=\"\(bar.1)\"></rect>"
            svg += "<text x=\"\(labelWidth + length + 8)\" y=\"\(y + 18)\">\(bar.1)</text>"
        }
        return svg + "</svg></figure>"
    }

    /// Text escaped for HTML element content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Fonts that draw Chinese on Linux (Noto/Source Han, WenQuanYi), macOS (PingFang, Hiragino) and Windows (YaHei,
    /// SimHei), then the generic families: the browser falls back through the list glyph by glyph.
    static let fontStack = "\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Noto Sans SC\",\"PingFang SC\",\"Hiragino Sans GB\","
        + "\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",\"WenQuanYi Zen Hei\",\"SimHei\",system-ui,-apple-system,\"Segoe UI\",sans-serif"

    static let css = """
    body{font-family:\(fontStack);margin:24px;color:#1d2430;background:#fff}
    .meta,.note{color:#556;font-size:13px}
    .notice{background:#fff4ce;border:1px solid #e0c36a;padding:8px 12px;border-radius:6px}
    #key-numbers{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
    .card{border:1px solid #d7dce3;border-radius:6px;padding:8px 14px;min-width:110px}
    .card .n{display:block;font-size:24px;font-weight:600}
    .card .l{font-size:12px;color:#667}
    .card.err .n{color:#b3261e}.card.warn .n{color:#9a6700}
    .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:18px}
    .chart{margin:0;border:1px solid #e3e6ea;border-radius:6px;padding:8px;min-width:0}
    .chart svg{display:block;width:100%;height:auto}
    .chart figcaption{font-weight:600;margin-bottom:4px}
    .chart svg text{font-size:15px;fill:#334;font-family:\(fontStack)}
    .chart .bar{fill:#3b6fb6}
    .empty{color:#889}
    .filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:8px 0}
    #filter-text{width:min(320px,100%);padding:4px}
    table{border-collapse:collapse;width:100%;font-size:13px}
    th,td{border-bottom:1px solid #e3e6ea;padding:4px 6px;text-align:left;vertical-align:top}
    th{background:#f4f6f8;position:sticky;top:0}
    td.id,td.code,td.loc,th.subject{white-space:nowrap}
    td.sev-error{color:#b3261e;font-weight:600}td.sev-warning{color:#9a6700}
    table.figures{width:auto;margin:8px 0 16px}
    table.figures caption{text-align:left;font-weight:600;margin-bottom:4px}
    td.ev{font-size:12px;color:#445}
    """

    static let script = """
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("audit-data").textContent);
      var findings = data.findings;
      var bySeverity = { error: 0, warning: 0, info: 0 };
      findings.forEach(function (f) { bySeverity[f.severity] = (bySeverity[f.severity] || 0) + 1; });
      document.getElementById("total-findings").textContent = String(findings.length);
      document.getElementById("error-count").textContent = String(bySeverity.error);
      document.getElementById("warning-count").textContent = String(bySeverity.warning);
      var table = document.getElementById("findings");
      var body = document.getElementById("findings-body");
      var text = document.getElementById("filter-text");
      var severity = document.getElementById("filter-severity");
      var shown = document.getElementById("shown-count");
      var limit = 5000;
      function fill(template, values) {
        return template.replace(/\\{(\\d)\\}/g, function (m, i) { return String(values[Number(i)]); });
      }
      function cell(row, value, cls) {
        var td = document.createElement("td");
        td.textContent = value;
        if (cls) { td.className = cls; }
        row.appendChild(td);
      }
      function haystack(f) {
        return [f.code, f.title, f.case || f.inspection || "", f.agency, f.message, f.file,
                JSON.stringify(f.evidence), f.basis.join(" ")].join(" ").toLowerCase();
      }
      var keys = findings.map(haystack);
      function render() {
        var q = text.value.trim().toLowerCase();
        var sev = severity.value;
        var rows = [];
        var matched = 0;
        for (var i = 0; i < findings.length; i++) {
          var f = findings[i];
          if (sev && f.severity !== sev) { continue; }
          if (q && keys[i].indexOf(q) < 0) { continue; }
          matched++;
          if (rows.length >= limit) { continue; }
          var tr = document.createElement("tr");
          tr.className = "finding";
          cell(tr, f.code + " " + f.title, "code");
          cell(tr, table.getAttribute("data-" + f.severity) || f.severity, "sev-" + f.severity);
          cell(tr, f.case || f.inspection || "", "id");
          cell(tr, f.agency);
          cell(tr, f.message);
          cell(tr, Object.keys(f.evidence).map(function (k) { return k + ": " + f.evidence[k]; }).join("; "), "ev");
          cell(tr, f.basis.join("; "));
          cell(tr, f.file + ":" + f.line, "loc");
          rows.push(tr);
        }
        body.replaceChildren.apply(body, rows);
        shown.textContent = fill(shown.getAttribute("data-template"), [matched, findings.length])
          + (matched > limit ? " " + fill(shown.getAttribute("data-limited"), [limit]) : "");
        shown.setAttribute("data-matched", String(matched));
      }
      text.addEventListener("input", render);
      severity.addEventListener("change", render);
      render();
      // A Chinese glyph drawn by no installed font comes out as the same "missing glyph" box as a private-use
      // character: compare the two drawings pixel by pixel and say so on the page when they are identical.
      function drawing(ch) {
        var canvas = document.createElement("canvas");
        canvas.width = 48; canvas.height = 48;
        var ctx = canvas.getContext("2d");
        ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, 48, 48);
        ctx.fillStyle = "#000"; ctx.textBaseline = "top";
        ctx.font = "32px " + getComputedStyle(document.body).fontFamily;
        ctx.fillText(ch, 4, 4);
        return ctx.getImageData(0, 0, 48, 48).data.join(",");
      }
      try {
        var missing = drawing("\\uE000");
        var boxes = ["执", "法", "监", "督"].every(function (ch) { return drawing(ch) === missing; });
        document.documentElement.setAttribute("data-cjk-glyphs", boxes ? "missing" : "ok");
        document.getElementById("cjk-font-notice").hidden = !boxes;
      } catch (e) {
        document.documentElement.setAttribute("data-cjk-glyphs", "unknown");
      }
    })();
    """
}
