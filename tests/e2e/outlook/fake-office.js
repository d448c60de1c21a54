/* global window, setTimeout, setInterval, clearInterval, DOMParser */
// A fake Office host for the Outlook e2e suite, served in place of
// https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It implements the parts of
// Office.js Cobro uses, with Office's own shapes and enum values, over a mailbox the test writes
// to localStorage ('fake-office:state') before the page loads. Every change the add-in makes
// (body, subject, session data, OfficeRuntime.storage, event.completed) is written back there,
// so the test and the other pages (task pane, commands.html) see the same mailbox.
// Dialogs (displayDialogAsync) open as pop-up windows of the page, which Playwright sees as
// popups; messageParent in the dialog's page posts to the page that opened it.
(function () {
  'use strict';
  var KEY = 'fake-office:state';

  function load() {
    var raw = window.localStorage.getItem(KEY);
    if (!raw) throw new Error('fake-office: the test did not write ' + KEY);
    return JSON.parse(raw);
  }
  function save(state) {
    window.localStorage.setItem(KEY, JSON.stringify(state));
  }
  function update(change) {
    var state = load();
    change(state);
    save(state);
    return state;
  }

  // The JavaScript-only runtime of classic Outlook on Windows has no IndexedDB: take it away
  // from the launch-event page when the test asks for that runtime.
  if (load().runtime === 'javascript' && /commands\.html$/.test(window.location.pathname)) {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  }

  var Status = { Succeeded: 'succeeded', Failed: 'failed' };

  function callbackOf(args) {
    for (var i = args.length - 1; i >= 0; i -= 1) if (typeof args[i] === 'function') return args[i];
    return function () {};
  }
  function answer(args, value) {
    var callback = callbackOf(args);
    setTimeout(function () {
      callback({ status: Status.Succeeded, value: value });
    }, 0);
  }

  var itemHandlers = {};
  var mailboxHandlers = {};

  function details(list) {
    return (list || []).map(function (entry) {
      return { emailAddress: entry.emailAddress, displayName: entry.displayName || '', recipientType: 'externalUser' };
    });
  }

  function recipientsField(index, field) {
    return {
      getAsync: function () {
        answer(arguments, details(load().items[index][field]));
      },
      setAsync: function (list) {
        var args = arguments;
        update(function (state) {
          state.items[index][field] = list.map(function (entry) {
            return typeof entry === 'string' ? { emailAddress: entry, displayName: '' } : entry;
          });
        });
        answer(args, undefined);
      },
    };
  }

  function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function textOfHtml(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    doc.querySelectorAll('br').forEach(function (br) {
      br.replaceWith('\n');
    });
    doc.querySelectorAll('p, div, li, tr, h1, h2, h3').forEach(function (block) {
      block.append('\n');
    });
    return (doc.body.textContent || '').replace(/\n{3,}/g, '\n\n').trim();
  }

  function composeItem(index) {
    var item = load().items[index];
    return {
      itemType: 'message',
      conversationId: item.conversationId || null,
      to: recipientsField(index, 'to'),
      cc: recipientsField(index, 'cc'),
      bcc: recipientsField(index, 'bcc'),
      subject: {
        getAsync: function () {
          answer(arguments, load().items[index].subject || '');
        },
        setAsync: function (subject) {
          var args = arguments;
          update(function (state) {
            state.items[index].subject = subject;
          });
          answer(args, undefined);
        },
      },
      body: {
        // Mailbox 1.3: the body as HTML, or as Outlook's plain text (lines per block, history below).
        getAsync: function (coercionType) {
          var target = load().items[index];
          var quoted = target.quotedText || '';
          if (coercionType === 'html') {
            answer(arguments, (target.body || '') + (quoted ? '<div id="divRplyFwdMsg">' + escapeHtml(quoted).replace(/\n/g, '<br>') + '</div>' : ''));
            return;
          }
          var text = textOfHtml(target.body || '');
          answer(arguments, (quoted ? text + '\r\n\r\n' + quoted : text).replace(/\r?\n/g, '\r\n'));
        },
        getTypeAsync: function () {
          answer(arguments, load().items[index].bodyType || 'html');
        },
        setSelectedDataAsync: function (data, options) {
          var args = arguments;
          update(function (state) {
            var target = state.items[index];
            // The cursor is at the end of the body in this fake.
            target.body = (target.body || '') + data;
            target.inserted = (target.inserted || []).concat([{ data: data, coercionType: options && options.coercionType }]);
          });
          answer(args, undefined);
        },
      },
      sessionData: {
        getAllAsync: function () {
          answer(arguments, Object.assign({}, load().items[index].sessionData || {}));
        },
        getAsync: function (name) {
          answer(arguments, (load().items[index].sessionData || {})[name]);
        },
        setAsync: function (name, value) {
          var args = arguments;
          update(function (state) {
            var target = state.items[index];
            target.sessionData = Object.assign({}, target.sessionData || {});
            target.sessionData[name] = value;
          });
          answer(args, undefined);
        },
        removeAsync: function (name) {
          var args = arguments;
          update(function (state) {
            delete (state.items[index].sessionData || {})[name];
          });
          answer(args, undefined);
        },
      },
      addHandlerAsync: function (type, handler) {
        itemHandlers[type] = handler;
        answer(arguments, undefined);
      },
      removeHandlerAsync: function (type) {
        delete itemHandlers[type];
        answer(arguments, undefined);
      },
    };
  }

  function readItem(index) {
    var item = load().items[index];
    return {
      itemType: 'message',
      from: item.from,
      sender: item.from,
      to: details(item.to),
      cc: details(item.cc),
      subject: item.subject || '',
      internetMessageId: item.internetMessageId || null,
      conversationId: item.conversationId || null,
      dateTimeCreated: item.sentAt ? new Date(item.sentAt) : new Date(),
      body: {
        // Mailbox 1.3: the body as text or HTML.
        getAsync: function (coercionType) {
          var text = item.body || '';
          answer(arguments, coercionType === 'html' ? '<div>' + text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>') + '</div>' : text);
        },
      },
      // Mailbox 1.8: every internet header as one RFC 5322 block.
      getAllInternetHeadersAsync: function () {
        var headers = item.headers || {};
        var block = 'From: ' + (item.from ? item.from.emailAddress : '') + '\r\nSubject: ' + (item.subject || '') + '\r\n';
        Object.keys(headers).forEach(function (name) {
          block += name + ': ' + headers[name] + '\r\n';
        });
        answer(arguments, block);
      },
    };
  }

  function currentItem() {
    var state = load();
    var item = state.items[state.selected];
    if (!item) return null;
    return item.kind === 'compose' ? composeItem(state.selected) : readItem(state.selected);
  }

  var actions = {};
  var state0 = load();

  var EventType = {
    ItemChanged: 'olkItemSelectedChanged',
    RecipientsChanged: 'olkRecipientsChanged',
    DialogMessageReceived: 'dialogMessageReceived',
    DialogEventReceived: 'dialogEventReceived',
  };

  // The Dialog API, unless the test plays an Outlook without it (state.dialogApi === false).
  var dialogApi = state0.dialogApi !== false;
  var dialogsOpened = [];
  var openDialogWindow = null;

  function failWith(args, code, message) {
    var callback = callbackOf(args);
    setTimeout(function () {
      callback({ status: Status.Failed, error: { code: code, name: 'Error', message: message } });
    }, 0);
  }

  function displayDialogAsync(url, options) {
    var args = arguments;
    dialogsOpened.push({ url: url, options: typeof options === 'object' && options ? Object.assign({}, options) : null });
    var refusal = load().dialogError;
    if (refusal) return failWith(args, refusal, 'The fake host refuses this dialog.');
    if (openDialogWindow && !openDialogWindow.closed) return failWith(args, 12007, 'A dialog box is already opened from this host window.');
    var popup = window.open(url, '_blank');
    if (!popup) return failWith(args, 12011, 'The browser blocked the pop-up.');
    openDialogWindow = popup;
    var handlers = {};
    var closedByParent = false;
    function fire(type, arg) {
      if (handlers[type]) handlers[type](arg);
    }
    function onMessage(event) {
      if (event.source !== popup || !event.data || typeof event.data.fakeOfficeDialog !== 'string') return;
      fire(EventType.DialogMessageReceived, { message: event.data.fakeOfficeDialog, origin: event.origin });
    }
    window.addEventListener('message', onMessage);
    // Office tells the parent when the user closes the dialog (12006); a pop-up has no event for it.
    var watcher = setInterval(function () {
      if (!popup.closed) return;
      clearInterval(watcher);
      window.removeEventListener('message', onMessage);
      if (!closedByParent) fire(EventType.DialogEventReceived, { error: 12006 });
    }, 50);
    answer(args, {
      addEventHandler: function (type, handler) {
        handlers[type] = handler;
      },
      close: function () {
        closedByParent = true;
        popup.close();
      },
      messageChild: function () {},
    });
  }

  // In a page Office opened as a dialog: the way back to the page that opened it.
  var opener = null;
  try {
    opener = window.opener && window.opener.__fakeOffice ? window.opener : null;
  } catch {
    // An opener on another origin is no dialog parent of this fake.
  }
  function messageParent(message) {
    if (!opener) throw new Error('fake-office: messageParent outside a dialog');
    opener.postMessage({ fakeOfficeDialog: String(message) }, window.location.origin);
  }

  var ui = {};
  if (dialogApi) ui.displayDialogAsync = displayDialogAsync;
  if (opener) ui.messageParent = messageParent;

  var mailbox = {
    userProfile: { emailAddress: state0.userEmail, displayName: 'Me' },
    addHandlerAsync: function (type, handler) {
      mailboxHandlers[type] = handler;
      answer(arguments, undefined);
    },
    removeHandlerAsync: function (type) {
      delete mailboxHandlers[type];
      answer(arguments, undefined);
    },
  };
  Object.defineProperty(mailbox, 'item', { get: currentItem, enumerable: true });

  window.Office = {
    AsyncResultStatus: Status,
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: EventType,
    MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' } },
    HostType: { Outlook: 'Outlook' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC' },
    context: {
      displayLanguage: state0.displayLanguage,
      platform: 'OfficeOnline',
      mailbox: mailbox,
      ui: ui,
      requirements: {
        isSetSupported: function (name, version) {
          if (name === 'DialogApi') return dialogApi && Number(version) <= 1.2;
          // Without the Dialog API the fake plays an older Outlook (Mailbox 1.3, before dialogs).
          return name === 'Mailbox' && Number(version) <= (dialogApi ? 1.13 : 1.3);
        },
      },
    },
    onReady: function (callback) {
      var info = { host: 'Outlook', platform: 'OfficeOnline' };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
    actions: {
      associate: function (name, handler) {
        actions[name] = handler;
      },
    },
  };

  // Outlook on the web and on Mac do not offer OfficeRuntime.storage; the test can say so.
  if (state0.officeRuntime !== false) window.OfficeRuntime = {
    storage: {
      getItem: function (key) {
        var storage = load().storage || {};
        return Promise.resolve(Object.prototype.hasOwnProperty.call(storage, key) ? storage[key] : null);
      },
      setItem: function (key, value) {
        update(function (state) {
          state.storage = state.storage || {};
          state.storage[key] = String(value);
        });
        return Promise.resolve();
      },
      removeItem: function (key) {
        update(function (state) {
          delete (state.storage || {})[key];
        });
        return Promise.resolve();
      },
      getKeys: function () {
        return Promise.resolve(Object.keys(load().storage || {}));
      },
    },
  };


  // What the test drives: switching the selected message, changing recipients, sending.
  window.__fakeOffice = {
    selectItem: function (index) {
      update(function (state) {
        state.selected = index;
      });
      var handler = mailboxHandlers[window.Office.EventType.ItemChanged];
      if (handler) handler({ type: window.Office.EventType.ItemChanged });
    },
    recipientsChanged: function () {
      var handler = itemHandlers[window.Office.EventType.RecipientsChanged];
      if (handler) handler({ type: window.Office.EventType.RecipientsChanged });
    },
    associated: function () {
      return Object.keys(actions);
    },
    /** Every displayDialogAsync call of this page: its address and options. */
    dialogs: function () {
      return dialogsOpened.slice();
    },
    /** Fires OnMessageSend; resolves with what the handler passed to event.completed. */
    send: function (name) {
      var handler = actions[name || 'onMessageSendHandler'];
      if (!handler) return Promise.reject(new Error('fake-office: no handler associated for OnMessageSend'));
      return new Promise(function (resolve) {
        handler({
          type: 'messageSend',
          completed: function (options) {
            update(function (state) {
              state.completed = (state.completed || []).concat([options || null]);
            });
            resolve(options || null);
          },
        });
      });
    },
  };
})();
