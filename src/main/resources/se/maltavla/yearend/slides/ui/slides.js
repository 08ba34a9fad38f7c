// The slide show in the browser (se.maltavla.yearend.slides.ui.SlidesView), run with the view's
// element as `this` and $0 the slides' names for screen readers. The view's data-font and
// data-font-bold are the URLs of the PDF's font, DejaVu Sans: a slide is laid out alike on screen
// and on paper.
// Keys: → ↓ space Page Down next; ← ↑ shift+space Page Up previous; Home End first and last;
// F full screen; Esc leaves full screen, or the slide show when not in full screen.
const view = this;
const stage = view.querySelector('.slides-stage');
const frame = stage.querySelector('.slides-frame');
const slides = Array.from(stage.querySelectorAll('section.slide'));
const live = stage.querySelector('.slides-live');
const labels = $0;
let current = 0;
let leftFullScreenAt = 0;
let idleTimer = null;

if (!document.getElementById('slides-font')) {
  const style = document.createElement('style');
  style.id = 'slides-font';
  style.textContent = "@font-face { font-family: 'DejaVu Sans'; font-weight: 400; src: url('" + view.getAttribute('data-font') + "') format('truetype'); }"
    + "@font-face { font-family: 'DejaVu Sans'; font-weight: 700; src: url('" + view.getAttribute('data-font-bold') + "') format('truetype'); }";
  document.head.appendChild(style);
}

const fit = () => {
  const scale = Math.min(stage.clientWidth / 1280, stage.clientHeight / 720);
  frame.style.transform = 'translate(-50%, -50%) scale(' + scale + ')';
  stage.dataset.scale = String(scale);
};

const show = (index) => {
  current = Math.max(0, Math.min(slides.length - 1, index));
  slides.forEach((slide, i) => { slide.hidden = i !== current; });
  live.textContent = labels[current];
  stage.dataset.current = String(current + 1);
  history.replaceState(history.state, '', location.pathname + location.search + '#bild-' + (current + 1));
};

const fullScreen = () => {
  if (document.fullscreenElement) {
    document.exitFullscreen();
  } else if (stage.requestFullscreen) {
    stage.requestFullscreen().catch(() => {});
  }
};

const leave = () => {
  if (document.fullscreenElement) {
    document.exitFullscreen();
  }
  view.$server.leave();
};

// In full screen the controls step aside until the mouse moves or a control has the focus.
const wake = () => {
  stage.classList.remove('idle');
  clearTimeout(idleTimer);
  if (document.fullscreenElement) {
    idleTimer = setTimeout(() => stage.classList.add('idle'), 2500);
  }
};

const onKey = (event) => {
  if (!stage.isConnected) {
    cleanUp();
    return;
  }
  if (event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  const onButton = event.target && event.target.tagName === 'BUTTON';
  switch (event.key) {
    case 'ArrowRight': case 'ArrowDown': case 'PageDown':
      show(current + 1); break;
    case 'ArrowLeft': case 'ArrowUp': case 'PageUp':
      show(current - 1); break;
    case ' ':
      if (onButton) { return; }
      show(current + (event.shiftKey ? -1 : 1)); break;
    case 'Home':
      show(0); break;
    case 'End':
      show(slides.length - 1); break;
    case 'f': case 'F':
      fullScreen(); break;
    case 'Escape':
      // The browser itself takes Esc to leave full screen; that Esc must not also end the show.
      if (document.fullscreenElement || Date.now() - leftFullScreenAt < 500) {
        if (document.fullscreenElement) { document.exitFullscreen(); }
      } else {
        leave();
      }
      break;
    default:
      return;
  }
  event.preventDefault();
};

const onFullScreenChange = () => {
  if (!document.fullscreenElement) {
    leftFullScreenAt = Date.now();
  }
  stage.dataset.fullscreen = String(Boolean(document.fullscreenElement));
  fit();
  wake();
};

const cleanUp = () => {
  document.removeEventListener('keydown', onKey);
  document.removeEventListener('fullscreenchange', onFullScreenChange);
  window.removeEventListener('resize', fit);
};

document.addEventListener('keydown', onKey);
document.addEventListener('fullscreenchange', onFullScreenChange);
window.addEventListener('resize', fit);
stage.addEventListener('mousemove', wake);
stage.querySelector('.slides-previous').addEventListener('click', () => show(current - 1));
stage.querySelector('.slides-next').addEventListener('click', () => show(current + 1));
stage.querySelector('.slides-fullscreen').addEventListener('click', fullScreen);
stage.querySelector('.slides-leave').addEventListener('click', leave);
view.slidesCleanUp = cleanUp;

const asked = /^#bild-(\d+)$/.exec(location.hash);
fit();
show(asked ? Number(asked[1]) - 1 : 0);
stage.focus({ preventScroll: true });
// Ready (for people and tests) once the slides' font is in: before, a line may break elsewhere.
Promise.all([document.fonts.load("26px 'DejaVu Sans'"), document.fonts.load("bold 26px 'DejaVu Sans'")])
  .catch(() => {})
  .then(() => { fit(); stage.dataset.ready = 'true'; });
