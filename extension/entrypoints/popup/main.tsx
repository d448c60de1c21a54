import { browser } from 'wxt/browser';
import { startPopup } from '../../popup/start';

void startPopup(browser, document);
