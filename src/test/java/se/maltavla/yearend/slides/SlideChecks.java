package se.maltavla.yearend.slides;

/** What the browser tests measure on the slide shown, in the browser: its smallest text as displayed, and what overflows. */
public final class SlideChecks {

    private SlideChecks() {}

    /** Every visible text of the shown slide as displayed: font size times the scale it is drawn at. */
    public static final String SMALLEST_TEXT = """
            const section = document.querySelector('section.slide:not([hidden])');
            const htmlScale = section.getBoundingClientRect().width / section.offsetWidth;
            const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
            let smallest = null;
            while (walker.nextNode()) {
              const node = walker.currentNode;
              const element = node.parentElement;
              if (!node.textContent.trim() || element.closest('title, desc')) continue;
              const svg = element.closest('svg');
              const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : htmlScale;
              const size = parseFloat(getComputedStyle(element).fontSize) * scale;
              if (smallest === null || size < smallest.size) smallest = {size: size, text: node.textContent.trim()};
            }
            return smallest;""";

    /**
     * What is cut off, scrolls or runs into the footer on the shown slide: the slide's own overflow,
     * every element (an SVG counts whole, with its texts) outside the slide or below the footer's top,
     * every text of an SVG outside its picture (where the picture would cut it), and every element whose
     * content is wider than itself (a figure running under the bar beside it).
     */
    public static final String OVERFLOW = """
            const section = document.querySelector('section.slide:not([hidden])');
            const problems = [];
            if (section.scrollHeight > section.clientHeight || section.scrollWidth > section.clientWidth) {
              problems.push('the slide scrolls: ' + section.scrollWidth + 'x' + section.scrollHeight);
            }
            const box = section.getBoundingClientRect();
            const foot = section.querySelector('.slide-foot').getBoundingClientRect();
            for (const element of section.querySelectorAll('*')) {
              const inSvg = element.closest('svg') && element.tagName.toLowerCase() !== 'svg';
              if (inSvg && element.tagName.toLowerCase() !== 'text') continue;
              const r = element.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              const name = element.tagName.toLowerCase() + '.' + element.getAttribute('class') + ' "'
                  + (element.textContent || '').trim().slice(0, 40) + '"';
              const svg = inSvg ? element.closest('svg').getBoundingClientRect() : null;
              if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
                problems.push('outside the slide: ' + name);
              } else if (svg && (r.left < svg.left - 1 || r.right > svg.right + 1 || r.top < svg.top - 1 || r.bottom > svg.bottom + 1)) {
                problems.push('cut off by its picture: ' + name);
              } else if (!inSvg && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
                problems.push('wider than its box: ' + name);
              } else if (!element.closest('.slide-foot') && r.bottom > foot.top + 1) {
                problems.push('runs into the footer: ' + name);
              }
            }
            return problems;""";
}
