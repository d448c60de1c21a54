// The FunctionName the manifest's LaunchEvent names; read by the handler and by the manifest check.
export const SEND_HANDLER_NAME = 'onMessageSendHandler';
