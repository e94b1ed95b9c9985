/*
 * Help for residents at the table, entirely in the browser (no server, no external service):
 *
 * - "Lees voor": every <button class="read-aloud" data-read="…"> reads its text aloud with the
 *   browser's own speech (Dutch voice on a Dutch page, English on an English page). Pressing it
 *   again while it speaks stops it. Without speech in the browser the buttons are hidden.
 * - Text size: every <button data-text-size="m|l|xl"> sets the page's text size (A / A+ / A++),
 *   kept in this browser's localStorage ("kt-text-size"); frontend/index.html applies it before
 *   the page draws.
 *
 * Both work by a click, by the keyboard (they are buttons) and by touch.
 */
(function () {
  'use strict';

  if (window.keukentafelHelp) {
    return;
  }

  const SIZE_KEY = 'kt-text-size';
  const SIZES = ['m', 'l', 'xl'];
  const speech = window.speechSynthesis;
  let speaking = null;

  if (!speech || typeof window.SpeechSynthesisUtterance !== 'function') {
    document.documentElement.classList.add('no-speech');
  }

  function language() {
    return (document.documentElement.lang || 'nl').toLowerCase().startsWith('en') ? 'en' : 'nl';
  }

  function voiceFor(lang) {
    const voices = speech.getVoices ? speech.getVoices() : [];
    return voices.find((v) => (v.lang || '').toLowerCase().replace('_', '-').startsWith(lang)) || null;
  }

  function stop() {
    if (speaking) {
      speaking.setAttribute('aria-pressed', 'false');
      speaking = null;
    }
    if (speech) {
      speech.cancel();
    }
  }

  function read(button) {
    if (!speech) {
      return;
    }
    const wasThis = speaking === button;
    stop();
    if (wasThis) {
      return;
    }
    const text = (button.dataset.read || '').trim();
    if (!text) {
      return;
    }
    const lang = language();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang === 'en' ? 'en-GB' : 'nl-NL';
    const voice = voiceFor(lang);
    if (voice) {
      utterance.voice = voice;
    }
    utterance.rate = 0.9;
    utterance.onend = utterance.onerror = () => {
      if (speaking === button) {
        stop();
      }
    };
    speaking = button;
    button.setAttribute('aria-pressed', 'true');
    speech.speak(utterance);
  }

  function applySize(size) {
    const chosen = SIZES.includes(size) ? size : 'm';
    document.documentElement.dataset.textSize = chosen;
    document.querySelectorAll('button[data-text-size]').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset.textSize === chosen));
    });
    return chosen;
  }

  function storedSize() {
    try {
      return localStorage.getItem(SIZE_KEY) || 'm';
    } catch (e) {
      return 'm';
    }
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const reader = target && target.closest('button.read-aloud');
    if (reader) {
      event.preventDefault();
      read(reader);
      return;
    }
    const sizer = target && target.closest('button[data-text-size]');
    if (sizer) {
      const size = applySize(sizer.dataset.textSize);
      try {
        localStorage.setItem(SIZE_KEY, size);
      } catch (e) {
        // Private mode: the size holds for this page only.
      }
    }
  });

  // A page that leaves stops speaking.
  window.addEventListener('pagehide', stop);

  applySize(document.documentElement.dataset.textSize || storedSize());
  window.keukentafelHelp = { read: read, stop: stop, applySize: applySize };
})();
