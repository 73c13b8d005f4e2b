import LeniencyAudit
import LeniencyCore

/// One self-contained HTML page (inline CSS, JS and SVG; no network): summary, bar charts and a filterable table.
///
/// The findings and statistics are embedded as JSON in `<script type="application/json" id="audit-data">`; the page's
/// script fills the key numbers (`#total-findings`, `#error-count`, …) and the table from it, while the server-side
/// numbers sit in `data-*` attributes of `#key-numbers`, so a test can check that both agree.
enum AuditHTMLRenderer {
    static func render(_ report: AuditReport) -> String {
        let s = report.statistics
        let data = "{\"summary\":\(AuditJSON.statistics(s, html: true)),\"findings\":["
            + report.findings.map { AuditJSON.finding($0, html: true) }.joined(separator: ",\n") + "]}"
        let codeBars = AuditCode.allCases.compactMap { code in
            s.findingsByCode[code.rawValue].map { ("\(code.rawValue) \(code.title)", $0) }
        }
        let agencyBars = AuditSummaryRenderer.sortedByCount(s.findingsByAgency).prefix(20).map { ($0.0, $0.1) }
        let monthBars = s.findingsByMonth.keys.sorted().map { ($0, s.findingsByMonth[$0] ?? 0) }
        let quietBars = s.quietDayInspectionsByMonth.keys.sorted().map { ($0, s.quietDayInspectionsByMonth[$0] ?? 0) }
        let period = (report.from == nil && report.to == nil) ? "all dates"
            : "\(report.from?.description ?? "…") to \(report.to?.description ?? "…")"

        var html = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Leniency audit 执法监督报告</title>
        <style>\(css)</style>
        </head>
        <body>
        <h1>Leniency audit <small>执法监督报告</small></h1>
        <p class="meta">Period: \(escape(period)) · cases \(s.casesAudited) audited of \(s.casesRead) read · inspections \(s.inspectionsAudited) audited of \(s.inspectionsRead) read</p>
        <section id="key-numbers" data-total-findings="\(s.totalFindings)" data-errors="\(s.findingsBySeverity["error"] ?? 0)" data-warnings="\(s.findingsBySeverity["warning"] ?? 0)" data-infos="\(s.findingsBySeverity["info"] ?? 0)" data-cases-audited="\(s.casesAudited)" data-inspections-audited="\(s.inspectionsAudited)" data-exempted="\(s.exempted)" data-mitigated="\(s.mitigated)" data-lightened="\(s.lightened)" data-waived-fines="\(s.waivedFines.yuanString)">
        <div class="card"><span class="n" id="total-findings">…</span><span class="l">findings 问题</span></div>
        <div class="card err"><span class="n" id="error-count">…</span><span class="l">errors</span></div>
        <div class="card warn"><span class="n" id="warning-count">…</span><span class="l">warnings</span></div>
        <div class="card"><span class="n" id="cases-audited">\(s.casesAudited)</span><span class="l">cases audited 案卷</span></div>
        <div class="card"><span class="n" id="exempted-count">\(s.exempted)</span><span class="l">exempted 不予处罚</span></div>
        <div class="card"><span class="n" id="mitigated-count">\(s.mitigated)</span><span class="l">mitigated 减轻</span></div>
        <div class="card"><span class="n" id="lightened-count">\(s.lightened)</span><span class="l">lightened 从轻</span></div>
        <div class="card"><span class="n" id="waived-fines">\(escape(s.waivedFines.displayString))</span><span class="l">fines waived 免罚金额*</span></div>
        </section>
        <p class="note">* \(escape(AuditStatistics.waivedConvention))</p>
        <section class="charts">
        \(chart(id: "chart-by-code", title: "Findings by type 问题类型", bars: codeBars))
        \(chart(id: "chart-by-agency", title: "Findings by agency 执法机关", bars: Array(agencyBars)))
        \(chart(id: "chart-by-month", title: "Findings by month 月份", bars: monthBars))
        \(chart(id: "chart-quiet-days", title: "Inspections on quiet days 安静日检查", bars: quietBars))
        </section>
        <section>
        <h2>Findings 问题清单</h2>
        <div class="filters">
        <input id="filter-text" type="search" placeholder="filter: code, id, agency, text…" aria-label="filter findings">
        <select id="filter-severity" aria-label="severity">
        <option value="">all severities</option><option value="error">error</option><option value="warning">warning</option><option value="info">info</option>
        </select>
        <span id="shown-count"></span>
        </div>
        <table id="findings"><thead><tr><th>code</th><th>severity</th><th>case / inspection</th><th>agency</th><th>message</th><th>evidence</th><th>basis</th><th>file:line</th></tr></thead>
        <tbody id="findings-body"></tbody></table>
        </section>
        <script type="application/json" id="audit-data">
        """
        html += data
        html += "\n</script>\n<script>\(script)</script>\n</body>\n</html>\n"
        return html
    }

    /// A horizontal bar chart as inline SVG (empty state when there is nothing to show).
    static func chart(id: String, title: String, bars: [(String, Int)]) -> String {
        guard let top = bars.map(\.1).max(), top > 0 else {
            return "<figure id=\"\(id)\" class=\"chart\"><figcaption>\(escape(title))</figcaption><p class=\"empty\">none</p></figure>"
        }
        let rowHeight = 22, labelWidth = 260, barWidth = 300
        let height = bars.count * rowHeight + 4
        var svg = "<figure id=\"\(id)\" class=\"chart\"><figcaption>\(escape(title))</figcaption>"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(height)\" role=\"img\" aria-label=\"\(escape(title))\">"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 2
            let width = max(1, bar.1 * barWidth / top)
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(String(bar.0.prefix(28))))</text>"
            svg += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" data-label=\"\(escape(bar.0))\" data-value=\"\(bar.1)\"></rect>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(bar.1)</text>"
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

    static let css = """
    body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:24px;color:#1d2430;background:#fff}
    h1 small{font-weight:normal;color:#667}
    .meta,.note{color:#556;font-size:13px}
    #key-numbers{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
    .card{border:1px solid #d7dce3;border-radius:6px;padding:8px 14px;min-width:110px}
    .card .n{display:block;font-size:24px;font-weight:600}
    .card .l{font-size:12px;color:#667}
    .card.err .n{color:#b3261e}.card.warn .n{color:#9a6700}
    .charts{display:flex;flex-wrap:wrap;gap:18px}
    .chart{margin:0;border:1px solid #e3e6ea;border-radius:6px;padding:8px}
    .chart figcaption{font-weight:600;margin-bottom:4px}
    .chart svg text{font-size:12px;fill:#334}
    .chart .bar{fill:#3b6fb6}
    .empty{color:#889}
    .filters{display:flex;gap:8px;align-items:center;margin:8px 0}
    #filter-text{width:320px;padding:4px}
    table{border-collapse:collapse;width:100%;font-size:13px}
    th,td{border-bottom:1px solid #e3e6ea;padding:4px 6px;text-align:left;vertical-align:top}
    th{background:#f4f6f8;position:sticky;top:0}
    td.sev-error{color:#b3261e;font-weight:600}td.sev-warning{color:#9a6700}
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
      var body = document.getElementById("findings-body");
      var text = document.getElementById("filter-text");
      var severity = document.getElementById("filter-severity");
      var shown = document.getElementById("shown-count");
      var limit = 5000;
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
          cell(tr, f.code + " " + f.title);
          cell(tr, f.severity, "sev-" + f.severity);
          cell(tr, f.case || f.inspection || "");
          cell(tr, f.agency);
          cell(tr, f.message);
          cell(tr, Object.keys(f.evidence).map(function (k) { return k + ": " + f.evidence[k]; }).join("; "), "ev");
          cell(tr, f.basis.join("; "));
          cell(tr, f.file + ":" + f.line);
          rows.push(tr);
        }
        body.replaceChildren.apply(body, rows);
        shown.textContent = matched + " of " + findings.length + " shown" + (matched > limit ? " (first " + limit + " listed)" : "");
        shown.setAttribute("data-matched", String(matched));
      }
      text.addEventListener("input", render);
      severity.addEventListener("change", render);
      render();
    })();
    """
}
