/*
 * <kt-timer>: the facilitator's countdown on every screen of a board (StagePanel). The server sends
 * when the countdown started and ends (data-start, data-ends) and its own clock at that moment
 * (data-now), so every screen counts to the same second whatever its own clock says. At the end
 * the timer says so once, in words (a polite live region) and with a gentle visual change; no
 * sound. Words come from data-label and data-done.
 */
(function () {
  'use strict';

  if (customElements.get('kt-timer')) {
    return;
  }

  class Timer extends HTMLElement {
    static get observedAttributes() {
      return ['data-ends', 'data-now'];
    }

    connectedCallback() {
      if (!this.clock) {
        this.clock = document.createElement('span');
        this.clock.className = 'timer-clock';
        this.clock.setAttribute('role', 'timer');
        this.said = document.createElement('span');
        this.said.className = 'timer-said';
        this.said.setAttribute('role', 'status');
        this.said.setAttribute('aria-live', 'polite');
        this.append(this.clock, this.said);
      }
      this.start();
    }

    disconnectedCallback() {
      clearInterval(this.interval);
      this.interval = null;
    }

    attributeChangedCallback() {
      if (this.clock) {
        this.start();
      }
    }

    start() {
      const ends = Number(this.dataset.ends);
      if (!ends) {
        clearInterval(this.interval);
        this.interval = null;
        return;
      }
      // How far this screen's clock is behind the server's when the board arrived.
      this.offset = Number(this.dataset.now || Date.now()) - Date.now();
      if (ends !== this.ends) {
        this.ends = ends;
        this.classList.remove('timer-done');
        this.said.textContent = '';
      }
      this.tick();
      if (!this.interval) {
        this.interval = setInterval(() => this.tick(), 250);
      }
    }

    tick() {
      const left = Math.max(0, this.ends - (Date.now() + this.offset));
      const seconds = Math.ceil(left / 1000);
      const text = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
      if (this.clock.textContent !== text) {
        this.clock.textContent = text;
        this.clock.setAttribute('aria-label', (this.dataset.label || '') + ' ' + text);
      }
      if (left === 0 && !this.classList.contains('timer-done')) {
        this.classList.add('timer-done');
        this.said.textContent = this.dataset.done || '';
        clearInterval(this.interval);
        this.interval = null;
      }
    }
  }

  customElements.define('kt-timer', Timer);
})();
